# Wörter, die alle Dokumente verwenden: Datum, Zahlen und der Hinweis auf den maßgeblichen Text.

doc-month-names = Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember
doc-date = { $day }. { $month } { $year }
doc-decimal-separator = ,

doc-page-of = Seite { $page } von { $pages }
doc-logo-alt = Logo von { $organisation }
doc-and = { $rest } und { $last }
