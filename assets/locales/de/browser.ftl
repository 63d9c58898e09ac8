# Der Anforderungskatalog (Suchleiste, Baum der Regelwerke, Seiten der Anforderungen) und die Ansicht „Über das Programm“, auf Deutsch.

## Suchleiste

browser-back = ◀ Zurück
browser-back-tooltip = Vorherige Ansicht anzeigen
browser-search = Suche
browser-search-hint = eine ID wie 5.15 oder Stichwörter wie Verschlüsselung
browser-search-shortcut = Ctrl+F
browser-clear = Leeren
browser-search-hits = { $count ->
        [0] keine passende Anforderung
        [one] 1 passende Anforderung
       *[other] { $count } passende Anforderungen
    }

## Navigation

browser-all-frameworks = Alle Regelwerke
browser-about-link = Über das Programm, Quellen und Lizenzen
browser-search-nothing = Keine Treffer. Versuchen Sie es mit einer ID (etwa A.5.15 oder R1) oder mit weniger Wörtern.
browser-framework-about = Über { $name }
browser-framework-tooltip = { $requirements ->
        [one] 1 Anforderung
       *[other] { $requirements } Anforderungen
    } in { $groups ->
        [one] 1 Gruppe
       *[other] { $groups } Gruppen
    }
# Eine Gruppe im Baum mit der Zahl ihrer Anforderungen, etwa „C1  Zugang (12)“.
browser-group-title = { $label } ({ $count })

## Detailseiten

browser-framework-missing = Das Regelwerk { $id } ist nicht geladen.
browser-requirement-missing = Die Anforderung { $id } ist in den geladenen Katalogen nicht enthalten.
browser-overview-heading = Anforderungskatalog
browser-overview-intro = Hier finden Sie die Anforderungen der MIMs, von ISO/IEC 27001:2022 und von NIS2 sowie die allgemeinen Vergabeklauseln. Öffnen Sie links ein Regelwerk, oder suchen Sie oben nach einer ID oder nach Stichwörtern. Zu jeder Anforderung sehen Sie, was sie verlangt, warum sie wichtig ist, wie sie bewertet wird, was in eine Ausschreibung gehört und wie sie den anderen Regelwerken zugeordnet ist.
browser-column-framework = Regelwerk
browser-column-kind = Art
browser-column-groups = Gruppen
browser-column-requirements = Anforderungen

## Arten von Regelwerken

browser-kind-mim = MIM
browser-kind-standard = Norm
browser-kind-regulation = EU-Recht
browser-kind-clause-library = Vergabeklauseln

## Die Seite eines Regelwerks

browser-version = Version: { $version }
# $standing ist einer der Texte browser-standing-* unten.
browser-requirements-standing = Anforderungen: { $standing }
browser-objectives = Ziele
browser-notes = Hinweise
browser-mechanisms = Mechanismen: Wege, die Anforderungen zu erfüllen
browser-specifications = Spezifikationen: { $list }
browser-sources = Quellen
browser-loaded-from = Geladen aus { $origin }

## Wie gut ein Regelwerk durch Quellen belegt ist: „alle 21 aus Primärquellen“ oder
## „18 aus Primärquellen, 5 aus Sekundärquellen“

browser-standing-primary = { $count } aus Primärquellen
browser-standing-secondary = { $count } aus Sekundärquellen
browser-standing-general = { $count } aus allgemeinem Fachwissen
# $part ist einer der drei Texte oben, wenn alle Anforderungen dieselbe Art von Quelle haben.
browser-standing-all = alle { $part }
browser-standing-none = keine Anforderungen

## Die Seite einer Anforderung

# SHALL, SHOULD und MAY ($keyword) sind Begriffe aus RFC 2119 und bleiben englisch.
browser-strength-inferred = { $keyword } (unsere Lesart)
browser-strength-inferred-tooltip = Die Quelle sagt dies ohne SHALL, SHOULD oder MAY; die Verbindlichkeit ist unsere Lesart.
browser-suggested-proof = Empfohlener Nachweis: { $proof }
browser-capability = Fähigkeit { $id }
browser-why = Warum es wichtig ist
browser-question = Bewertungsfrage
browser-guidance = Merkmale guter Umsetzung
browser-evidence = Beispiele für Nachweise
browser-tender-clause = Vergabeklausel
browser-also-relies-on = Stützt sich auch auf
browser-mappings = Zuordnungen
browser-no-mappings = Für diese Anforderung ist keine Zuordnung zu anderen Regelwerken erfasst.
browser-source = Quelle
browser-where = Fundstelle: { $locator }
browser-confidence = Verlässlichkeit der Wiedergabe der Quelle: { $confidence }
browser-secondary-only = Nur aus einer Sekundärquelle bekannt (einer Abschrift des Textes durch Dritte): Gleichen Sie den Wortlaut mit dem Text des Herausgebers ab, bevor Sie sich darauf stützen.
browser-ways-to-meet = Wege zur Erfüllung
browser-named-for-capability = Genannt für Fähigkeit { $id }
browser-licence = Lizenz:

## Arten von Nachweisen

browser-proof-self-declaration = Eigenerklärung
browser-proof-documentation = Dokumentation
browser-proof-certificate = Zertifikat
browser-proof-demonstration = Vorführung
browser-proof-test = Test

## Stufen der Verlässlichkeit

browser-confidence-high = hoch
browser-confidence-medium = mittel
browser-confidence-low = niedrig

## Zuordnungen: „<diese Anforderung> … <die andere>“

browser-relationship-equal = Entspricht
browser-relationship-subset = Teil von
browser-relationship-superset = Umfasst vollständig
browser-relationship-intersects = Überlappt mit
browser-mapping-derived = abgeleitet
browser-mapping-confidence = Verlässlichkeit: { $confidence }
# Tooltip einer Zuordnung: warum die beiden zusammengehören, dann die Zuordnungstabelle, aus der sie stammt.
browser-mapping-tooltip =
    { $provenance }
    Aus: { $set }

## Über das Programm

about-heading = Über MIM Assistant
about-custom-catalog = In dieser Installation hinzugefügt (von Ihnen importiert oder geschrieben, nicht mit MIM Assistant geliefert). Lizenz oder Urheberrecht laut Quelle: { $licence }
about-intro = Version { $version }. MIM Assistant hilft einer Stadt, ihre Datenplattform anhand der Minimal Interoperability Mechanisms (MIMs) von OASC, von ISO/IEC 27001:2022 und von NIS2 zu bewerten und deren Anforderungen in Vergabeunterlagen umzusetzen. Das Programm arbeitet offline; nichts verlässt diesen Computer.
about-own-words = Alle Aussagen, Fragen und Vergabeklauseln in den Prüflisten hat das Projekt MIM Assistant in eigenen Worten formuliert; Kennungen, Titel und Nummern stammen aus den unten genannten Quellen. Weichen eine Quelle und dieses Programm voneinander ab, ist die Quelle maßgeblich. Dies ist keine Rechtsberatung: Lassen Sie Vergabeunterlagen von Fachleuten für Vergaberecht prüfen.
about-frameworks-heading = Regelwerke, Versionen und Quellenlage
about-source-kinds = Primär: der eigene Text des Herausgebers oder ein amtlicher Rechtsakt. Sekundär: eine Abschrift oder Zusammenfassung durch Dritte, nur verwendet, wo der Text des Herausgebers nicht verfügbar war.
about-version = Version: { $version }
about-requirements-standing = Anforderungen: { $standing }
about-credits-heading = Von Lizenzen verlangte Namensnennungen
about-no-credits = Keine geladene Quelle verlangt eine Namensnennung.
about-credit-font = Schriftart DejaVu Sans: Lizenzen von Bitstream Vera und Arev; die Änderungen von DejaVu sind gemeinfrei.
about-credit-code = Programmcode: MIT oder Apache-2.0, nach Ihrer Wahl.
about-sources-heading = Quellen und Lizenzen, nach Regelwerk
about-framework-sources = { $name } ({ $count ->
        [one] 1 Quelle
       *[other] { $count } Quellen
    })
about-loaded-from = Geladen aus { $origin }
about-mapping-sets-heading = Zuordnungstabellen
about-mapping-set = { $title } ({ $count ->
        [one] 1 Paar
       *[other] { $count } Paare
    })
about-derived = Abgeleitet: über ein drittes Regelwerk erschlossen.
about-languages-heading = Sprachen
about-languages-intro = Welcher Anteil der Texte der Prüflisten in jeder Sprache vorliegt; was fehlt, erscheint auf Englisch, dem maßgeblichen Original.
about-language = { $language }: { $translated } von { $total } Texten

## Katalog → Importieren…

browser-import-link = Katalog importieren…
import-heading = Katalog importieren
import-intro = Übernehmen Sie eine Checkliste, die Sie schon haben: einen OSCAL-Katalog (JSON oder YAML) oder eine CISO-Assistant-Bibliothek (YAML: ein Rahmenwerk mit seinen Bewertungsstufen oder eine Zuordnungsbibliothek). Sie wird in einen Katalog dieses Programms umgewandelt und in Ihrem Katalogordner neben den mitgelieferten Katalogen abgelegt. MIM Assistant liefert keine Bibliotheken Dritter mit: Die Datei gehört Ihnen, ebenso ihre Nutzungsbedingungen.
import-folder = Importe werden nach { $folder } geschrieben.
import-no-folder = Dieses System hat für Ihren Benutzer keinen Katalogordner; im Fenster kann daher nichts importiert werden. Verwenden Sie stattdessen mim-assistant import-catalog mit -o.
import-path = Zu importierende Datei
import-browse = Datei wählen…
import-check = Prüfen
import-replace = Einen früheren Import dieser Datei überschreiben
import-filter = Kataloge (OSCAL, CISO Assistant)
import-problems-heading = Diese Datei kann nicht importiert werden
import-button = Importieren
import-written-heading = Geschrieben
import-done = { $count ->
        [one] Importiert: 1 Datei geschrieben. Der Katalog ist geladen.
       *[other] Importiert: { $count } Dateien geschrieben. Die Kataloge sind geladen.
    }
import-summary-file = { $file } · { $format } · ID { $id }
import-summary-counts = { $groups ->
        [one] 1 Gruppe
       *[other] { $groups } Gruppen
    }, { $requirements ->
        [one] 1 Anforderung
       *[other] { $requirements } Anforderungen
    }
import-summary-mappings = { $count ->
        [one] 1 Zuordnung
       *[other] { $count } Zuordnungen
    }
import-summary-scale = Eine Skala mit { $levels } Stufen
import-summary-licence = Lizenz oder Urheberrecht laut Datei: { $licence }
import-left-withdrawn = Ausgelassen: { $count } zurückgezogene Controls
import-left-empty-groups = Ausgelassen: { $count } Überschriften ohne Anforderungen
import-left-not-related = Ausgelassen: { $count } als nicht verwandt markierte Paare
import-format-oscal = OSCAL-Katalog
import-format-oscal-ours = von MIM Assistant exportierter OSCAL-Katalog
import-format-ciso-framework = CISO-Assistant-Rahmenwerksbibliothek
import-format-ciso-mappings = CISO-Assistant-Zuordnungsbibliothek
