# Ord som alla dokument använder: datum, tal och anmärkningen om vilken text som är bindande.

doc-month-names = januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december
doc-date = { $day } { $month } { $year }
doc-decimal-separator = ,

doc-page-of = Sida { $page } av { $pages }
doc-logo-alt = Logotyp för { $organisation }
doc-and = { $rest } och { $last }
