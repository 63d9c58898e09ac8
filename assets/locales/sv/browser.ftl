# Kravkatalogen (sökfält, ramverksträd, kravsidor) och vyn Om programmet, på svenska.

## Sökfält

browser-back = ◀ Tillbaka
browser-back-tooltip = Visa det som visades tidigare
browser-search = Sök
browser-search-hint = ett id som 5.15 eller ord som kryptering
browser-search-shortcut = Ctrl+F
browser-clear = Rensa
browser-search-hits = { $count ->
        [0] inga krav matchar
        [one] 1 krav matchar
       *[other] { $count } krav matchar
    }

## Navigering

browser-all-frameworks = Alla ramverk
browser-about-link = Om programmet, källor och licenser
browser-search-nothing = Inget matchar. Prova ett id (till exempel A.5.15 eller R1) eller färre ord.
browser-framework-about = Om { $name }
browser-framework-tooltip = { $requirements } krav i { $groups ->
        [one] 1 grupp
       *[other] { $groups } grupper
    }
# En grupp i trädet med antalet krav i den, till exempel "C1  Åtkomst (12)".
browser-group-title = { $label } ({ $count })

## Detaljvyer

browser-framework-missing = Ramverket { $id } är inte inläst.
browser-requirement-missing = Kravet { $id } finns inte i de inlästa katalogerna.
browser-overview-heading = Kravkatalog
browser-overview-intro = Bläddra bland kraven i MIM:arna, ISO/IEC 27001:2022 och NIS2 samt de gemensamma upphandlingsklausulerna. Öppna ett ramverk till vänster, eller sök på id eller ord ovan. Varje krav visar vad det kräver, varför det är viktigt, hur det bedöms, vad som kan skrivas i ett förfrågningsunderlag och hur det mappas mot de andra ramverken.
browser-column-framework = Ramverk
browser-column-kind = Typ
browser-column-groups = Grupper
browser-column-requirements = Krav

## Typer av ramverk

browser-kind-mim = MIM
browser-kind-standard = Standard
browser-kind-regulation = EU-lagstiftning
browser-kind-clause-library = Upphandlingsklausuler

## Ett ramverks sida

browser-version = Version: { $version }
# $standing är en av texterna browser-standing-* nedan.
browser-requirements-standing = Krav: { $standing }
browser-objectives = Mål
browser-notes = Anmärkningar
browser-mechanisms = Mekanismer: sätt att uppfylla kraven
browser-specifications = Specifikationer: { $list }
browser-sources = Källor
browser-loaded-from = Inläst från { $origin }

## Hur väl ett ramverk stöds av källor: "alla 21 från primärkällor" eller
## "18 från primärkällor, 5 från sekundärkällor"

browser-standing-primary = { $count } från primärkällor
browser-standing-secondary = { $count } från sekundärkällor
browser-standing-general = { $count } från allmän kunskap
# $part är en av de tre texterna ovan, när alla krav har samma slags källa.
browser-standing-all = alla { $part }
browser-standing-none = inga krav

## Ett kravs sida

# SHALL, SHOULD och MAY ($keyword) är termer från RFC 2119 och översätts inte.
browser-strength-inferred = { $keyword } (vår tolkning)
browser-strength-inferred-tooltip = Källan anger detta utan SHALL, SHOULD eller MAY; kravnivån är vår tolkning.
browser-suggested-proof = Föreslagen verifiering: { $proof }
browser-capability = Förmåga { $id }
browser-why = Varför det är viktigt
browser-question = Bedömningsfråga
browser-guidance = Kännetecken på god nivå
browser-evidence = Exempel på underlag
browser-tender-clause = Upphandlingsklausul
browser-also-relies-on = Bygger även på
browser-mappings = Mappningar
browser-no-mappings = Ingen mappning till andra ramverk finns registrerad för detta krav.
browser-source = Källa
browser-where = Plats i källan: { $locator }
browser-confidence = Förtroende för att detta återger källan: { $confidence }
browser-secondary-only = Känd endast från en sekundär källa (en kopia av texten från tredje part): jämför med utgivarens text innan du förlitar dig på formuleringen.
browser-ways-to-meet = Sätt att uppfylla detta
browser-named-for-capability = Angiven för förmåga { $id }
browser-licence = Licens:

## Typer av verifiering

browser-proof-self-declaration = Egenförsäkran
browser-proof-documentation = Dokumentation
browser-proof-certificate = Certifikat
browser-proof-demonstration = Demonstration
browser-proof-test = Test

## Förtroendenivåer

browser-confidence-high = hög
browser-confidence-medium = medel
browser-confidence-low = låg

## Mappningar: "<det här kravet> är … <det andra kravet>"

browser-relationship-equal = Likvärdigt med
browser-relationship-subset = Del av
browser-relationship-superset = Täcker hela
browser-relationship-intersects = Överlappar med
browser-mapping-derived = härledd
browser-mapping-confidence = förtroende: { $confidence }
# Verktygstips för en mappning: varför paret hör ihop, sedan mappningsuppsättningen det kommer från.
browser-mapping-tooltip =
    { $provenance }
    Från: { $set }

## Om programmet

about-heading = Om MIM Assistant
about-custom-catalog = Tillagd i den här installationen (importerad eller skriven av er, följer inte med MIM Assistant). Licens eller upphovsrätt som källan anger: { $licence }
about-intro = Version { $version }. MIM Assistant hjälper en kommun att bedöma sin dataplattform mot OASC:s Minimal Interoperability Mechanisms (MIM), ISO/IEC 27001:2022 och NIS2, och att omsätta kraven i förfrågningsunderlag. Programmet fungerar utan internetanslutning; ingenting lämnar den här datorn.
about-own-words = Alla kravtexter, frågor och upphandlingsklausuler i checklistorna är skrivna med egna ord av projektet bakom MIM Assistant; identifierare, titlar och nummer kommer från källorna nedan. Om en källa och det här programmet skiljer sig åt gäller källan. Detta är inte juridisk rådgivning: låt er upphandlingsjurist granska förfrågningsunderlagen.
about-frameworks-heading = Ramverk, versioner och källunderlag
about-source-kinds = Primär: utgivarens egen text eller en officiell rättsakt. Sekundär: en kopia eller sammanfattning från tredje part, som bara används där utgivarens text inte fanns tillgänglig.
about-version = Version: { $version }
about-requirements-standing = Krav: { $standing }
about-credits-heading = Upphovsangivelser som licenserna kräver
about-no-credits = Ingen inläst källa kräver någon upphovsangivelse.
about-credit-font = Typsnittet DejaVu Sans: licenserna för Bitstream Vera och Arev; DejaVus ändringar är allmän egendom.
about-credit-code = Programkod: MIT eller Apache-2.0, efter eget val.
about-sources-heading = Källor och licenser, ramverk för ramverk
about-framework-sources = { $name } ({ $count ->
        [one] 1 källa
       *[other] { $count } källor
    })
about-loaded-from = Inläst från { $origin }
about-mapping-sets-heading = Mappningsuppsättningar
about-mapping-set = { $title } ({ $count ->
        [one] 1 par
       *[other] { $count } par
    })
about-derived = Härledd: framtagen via ett tredje ramverk.
about-languages-heading = Språk
about-languages-intro = Hur stor del av checklistornas texter varje språk har; det som saknas visas på engelska, det bindande originalet.
about-language = { $language }: { $translated } av { $total } texter

## Katalog → Importera…

browser-import-link = Importera en katalog…
import-heading = Importera en katalog
import-intro = Ta in en checklista ni redan har: en OSCAL-katalog (JSON eller YAML) eller ett CISO Assistant-bibliotek (YAML: ett ramverk med sina poäng, eller ett mappningsbibliotek). Den görs om till en katalog för det här programmet och sparas i din katalogmapp, bredvid katalogerna som följer med. MIM Assistant levererar inga bibliotek från andra: filen är er, och så är dess villkor.
import-folder = Importer skrivs till { $folder }.
import-no-folder = Systemet har ingen katalogmapp för din användare, så inget kan importeras från fönstret; använd mim-assistant import-catalog med -o i stället.
import-path = Fil att importera
import-browse = Välj en fil…
import-check = Kontrollera
import-replace = Skriv över en tidigare import av den här filen
import-filter = Kataloger (OSCAL, CISO Assistant)
import-problems-heading = Filen kan inte importeras
import-button = Importera
import-written-heading = Skrivet
import-done = { $count ->
        [one] Importerat: 1 fil skriven. Katalogen är laddad.
       *[other] Importerat: { $count } filer skrivna. Katalogerna är laddade.
    }
import-summary-file = { $file } · { $format } · id { $id }
import-summary-counts = { $groups ->
        [one] 1 grupp
       *[other] { $groups } grupper
    }, { $requirements ->
        [one] 1 krav
       *[other] { $requirements } krav
    }
import-summary-mappings = { $count ->
        [one] 1 mappning
       *[other] { $count } mappningar
    }
import-summary-scale = En skala med { $levels } nivåer
import-summary-licence = Licens eller upphovsrätt som filen anger: { $licence }
import-left-withdrawn = Utelämnat: { $count } återkallade kontroller
import-left-empty-groups = Utelämnat: { $count } rubriker utan krav
import-left-not-related = Utelämnat: { $count } par markerade som orelaterade
import-format-oscal = OSCAL-katalog
import-format-oscal-ours = OSCAL-katalog exporterad av MIM Assistant
import-format-ciso-framework = CISO Assistant-ramverksbibliotek
import-format-ciso-mappings = CISO Assistant-mappningsbibliotek
