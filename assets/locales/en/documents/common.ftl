# Words every document uses: dates, numbers, the binding-text notice.

# The twelve month names, January first, comma-separated.
doc-month-names = January, February, March, April, May, June, July, August, September, October, November, December
# A date in words.
doc-date = { $day } { $month } { $year }
# The decimal separator of numbers such as 2.35.
doc-decimal-separator = .
