# Wörter, die alle Dokumente verwenden: Datum, Zahlen und der Hinweis auf den maßgeblichen Text.

doc-month-names = Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember
doc-date = { $day }. { $month } { $year }
doc-decimal-separator = ,

doc-page-of = Seite { $page } von { $pages }
doc-logo-alt = Logo von { $organisation }
doc-and = { $rest } und { $last }
# Was ein Bildschirmleser zu einem Diagramm in einem Word-Dokument sagt: erst ein Netzdiagramm, dann ein Balkendiagramm.
doc-chart-radar-alt = { $title }: ein Netzdiagramm der mittleren Stufe auf jeder Achse ({ $values }); die gestrichelte Linie ist das Ziel, { $target }.
doc-chart-bars-alt = Ein Balkendiagramm der mittleren Stufe jedes Rahmenwerks ({ $values }); die schwarze Marke auf jedem Balken ist das Ziel, { $target }.
