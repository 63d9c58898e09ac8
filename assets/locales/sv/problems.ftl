# Vad som är fel i en anbudsgivares ifyllda svarsformulär, och vad som väntades där. Platsen
# (blad och cell, rad och fält) sätts före. Kolumnrubriker och svarsalternativ citeras som
# formuläret har dem.

## Hela filen
form-no-values = formuläret innehåller inga värden
form-no-values-expected = svarsformuläret som det skickades ut, ifyllt
form-wrong-ending = filnamnet slutar varken på .xlsx eller .csv
form-wrong-ending-expected = ett svarsformulär sparat som .xlsx (Excel-arbetsbok) eller .csv (CSV UTF-8)
form-unreadable = { $reason }
form-unreadable-expected = en läsbar fil
form-empty = filen är tom (0 byte)
form-empty-expected = ett ifyllt svarsformulär

## Celler
form-formula = en formel ({ $formula })
form-formula-expected = ett inskrivet värde, inte en formel
form-outside-columns = ett värde utanför formulärets kolumner A till J: { $value }
form-outside-columns-expected = inget till höger om kolumn { $last }; kommentarer hör hemma i Comment
form-overlong = en text på { $units } tecken, längre än en cell rymmer
form-overlong-expected = högst { $limit } tecken i en cell; längre underlag hör hemma i ett dokument som nämns i Evidence reference
form-no-bidder = anbudsgivarens namn saknas
form-no-bidder-expected = anbudsgivarens namn i cell { $cell }
form-other-tender = formuläret gäller upphandlingen { $found }
form-other-tender-expected = { $reference }, den här upphandlingens diarienummer (använd formuläret som skickades ut för den)
form-no-headings = kolumnrubrikerna saknas
form-no-headings-expected = rubrikerna { $headings } på rad { $row }, som i formuläret som skickades ut
form-heading-missing = rubriken saknas
form-heading-wrong = rubriken { $found } är inte formulärets
form-heading-expected = { $heading } (kolumner får inte läggas till, tas bort eller flyttas)
form-second-row = en andra rad för krav { $number } ({ $id }); den första är rad { $first }
form-second-row-expected = en rad per krav
form-missing-row = rad saknas för krav { $number } ({ $id })
form-missing-row-expected = en rad för varje krav i upphandlingen, som i formuläret som skickades ut
form-no-item-id = en rad utan kravets id ({ $first })
form-no-item-id-expected = bara kravraderna i formuläret som skickades ut (kommentarer hör hemma i Comment)
form-unknown-item = okänt krav { $id }: finns inte i den här upphandlingen
form-unknown-item-expected = ett kravs id i den här upphandlingen, som i formuläret som skickades ut
form-description-changed = beskrivningen av krav { $number } har ändrats: { $found }
form-description-expected = { $sent } som det skickades ut (kolumnerna A till G får inte ändras)
form-response-expected = ett av { $choices }
form-no-response = inget svar för krav { $number }
form-not-a-response = { $found } är inget giltigt svar
form-no-evidence = { $response } utan hänvisning till underlag
form-no-evidence-expected = var beviset finns: en webbadress, ett dokument med sida, ett testkonto
form-no-equivalent-comment = { $response } utan kommentar
form-no-equivalent-comment-expected = vad som erbjuds i stället och varför det är likvärdigt

## Att läsa filen
form-not-found = filen kan inte läsas: det finns ingen sådan fil
form-no-permission = filen kan inte läsas: behörighet saknas
form-not-regular = detta är ingen vanlig fil (en mapp, en rörledning eller en enhet); bara vanliga filer läses
form-too-large = filen är större än { $megabytes } MB, det mesta programmet läser
form-csv-unreadable = CSV-filen kan inte läsas: { $reason }
form-csv-unreadable-expected = en CSV-fil sparad av ett kalkylprogram
form-not-utf8 = filen är inte UTF-8-text: byte { $byte } (tecken { $character } på raden)
form-not-utf8-expected = en CSV-fil sparad som UTF-8 (”CSV UTF-8” under kalkylprogrammets Spara som)

## Arbetsböcker
form-xlsx-expected = en arbetsbok sparad som .xlsx (Excel 2007 eller senare)
form-not-zip = filen är ingen XLSX-arbetsbok (den är inget zip-arkiv)
form-xlsx-unreadable = arbetsboken kan inte läsas: { $reason }
form-no-response-sheet = arbetsboken har inget blad ”{ $sheet }” (dess blad: { $count ->
    [0] inga
   *[other] { $found }
})
form-no-response-sheet-expected = bladet ”{ $sheet }” i formuläret som det skickades ut, inte omdöpt
