# Words every document uses: dates, numbers, the binding-text notice.

# The twelve month names, January first, comma-separated.
doc-month-names = January, February, March, April, May, June, July, August, September, October, November, December
# A date in words.
doc-date = { $day } { $month } { $year }
# The decimal separator of numbers such as 2.35.
doc-decimal-separator = .

# The footer of every page of a PDF document.
doc-page-of = Page { $page } of { $pages }
# The text a screen reader gives for the organisation's logo in an HTML document.
doc-logo-alt = Logo of { $organisation }
# The last two of a list: "A, B and C".
doc-and = { $rest } and { $last }
# What a screen reader says for a chart in a Word document: a radar chart, then a bar chart.
doc-chart-radar-alt = { $title }: a radar chart of the mean level on each axis ({ $values }); the dashed line is the target, { $target }.
doc-chart-bars-alt = A bar chart of the mean level of each framework ({ $values }); the black mark on each bar is the target, { $target }.
