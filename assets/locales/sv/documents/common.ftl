# Ord som alla dokument använder: datum, tal och anmärkningen om vilken text som är bindande.

doc-month-names = januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december
doc-date = { $day } { $month } { $year }
doc-decimal-separator = ,

doc-page-of = Sida { $page } av { $pages }
doc-logo-alt = Logotyp för { $organisation }
doc-and = { $rest } och { $last }
# Vad en skärmläsare säger om ett diagram i ett Word-dokument: ett radardiagram, sedan ett stapeldiagram.
doc-chart-radar-alt = { $title }: ett radardiagram över medelnivån på varje axel ({ $values }); den streckade linjen är målet, { $target }.
doc-chart-bars-alt = Ett stapeldiagram över medelnivån för varje ramverk ({ $values }); det svarta strecket på varje stapel är målet, { $target }.
