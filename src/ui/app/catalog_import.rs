//! Catalog → Import…: the app's part. Checking a file plans the import through
//! [`crate::import::plan`] against what loads now (the shipped catalogs and the user catalog
//! folder), so the view shows exactly what Import would write or why it cannot; Import plans
//! again, writes, reloads the library in the window's language and shows the new framework.

use std::path::{Path, PathBuf};

use super::MimApp;
use crate::assessment::Insights;
use crate::catalog;
use crate::import::{self, ImportOptions, ImportPlan, InputFile};
use crate::ui::dialogs::OpenKind;
use crate::ui::i18n::Arg;
use crate::ui::screens::catalog::{BrowserCommand, ImportCommand, Preview, Selection};

impl MimApp {
    /// Carries out a command of the import view.
    pub(super) fn apply_catalog_import(&mut self, command: ImportCommand) {
        self.catalog_import.apply(&command);
        match command {
            ImportCommand::Browse => {
                let filter = self.i18n.tr("import-filter");
                let folder = self.places.documents_dir.clone();
                match self
                    .dialogs
                    .pick_file_to_open(&folder, OpenKind::Catalog, &filter)
                {
                    Some(path) => {
                        self.catalog_import.path = path.display().to_string();
                        self.check_import();
                    }
                    None => self.error(self.i18n.tr("files-no-dialog")),
                }
            }
            ImportCommand::Check => self.check_import(),
            ImportCommand::Import => self.run_import(),
            ImportCommand::SetPath(_) | ImportCommand::SetReplace(_) => {}
        }
    }

    /// The plan for the file of the view, or the problems (each with its place) as lines.
    fn plan_import(&self) -> Result<ImportPlan, Vec<String>> {
        let Some(dir) = self.places.catalog_dir.as_deref() else {
            return Err(vec![self.i18n.tr("import-no-folder")]);
        };
        let path = PathBuf::from(self.catalog_import.path.trim());
        let input = InputFile::read(&path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
        let library = catalog::load_with_user_dir(Some(dir)).library;
        let options = ImportOptions {
            id: None,
            replace: self.catalog_import.replace,
        };
        import::plan(&[input], &library, dir, &options)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    }

    fn check_import(&mut self) {
        self.catalog_import.written.clear();
        self.catalog_import.preview = Some(match self.plan_import() {
            Ok(plan) => Preview::Ready(plan.summaries),
            Err(problems) => Preview::Refused(problems),
        });
    }

    fn run_import(&mut self) {
        let plan = match self.plan_import() {
            Ok(plan) => plan,
            Err(problems) => {
                self.catalog_import.preview = Some(Preview::Refused(problems));
                return;
            }
        };
        match import::write(&plan, self.catalog_import.replace) {
            Ok(written) => {
                self.catalog_import.written =
                    written.iter().map(|p| p.display().to_string()).collect();
                self.catalog_import.preview = None;
                self.reload_catalogs(&plan.dir);
                let first = plan
                    .summaries
                    .first()
                    .map(|s| s.id.clone())
                    .unwrap_or_default();
                self.notice = Some(crate::ui::Notice {
                    text: self
                        .i18n
                        .tr_args("import-done", &[("count", Arg::from(written.len()))]),
                    is_error: false,
                });
                if self.library.framework(&first).is_some() {
                    self.browser
                        .apply(BrowserCommand::Select(Selection::Framework(first)));
                }
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// Loads the shipped catalogs and `dir` again, in the window's language, and recomputes the
    /// open assessment's figures against them.
    fn reload_catalogs(&mut self, dir: &Path) {
        let report = catalog::load_with_user_dir(Some(dir));
        self.load_problems = report
            .problems
            .iter()
            .map(ToString::to_string)
            .chain(report.unreadable)
            .collect();
        self.library = report.library.localized(self.settings.language.code());
        if let Some(doc) = &mut self.document {
            doc.insights = Insights::compute(&doc.assessment, &self.library);
        }
    }
}
