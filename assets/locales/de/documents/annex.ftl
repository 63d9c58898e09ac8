# Die Anlage zur Ausschreibung und was die Vergabedokumente gemeinsam haben (Metadaten, Titelblock
# und die Zusammenfassung der Anforderungen, die auch der Wertungsbericht verwendet), in der Sprache
# der Ausschreibung.

## Metadaten, Titelblock und Zusammenfassung der Anforderungen
annex-doc-name = Anlage zu den Vergabeunterlagen
annex-doc-subject = Anforderungen, Hinweise zur Beantwortung und Wertungsregeln für
annex-doc-subject-of = { $subject } die Ausschreibung „{ $title }“{ $reference }
annex-doc-keywords = Ausschreibung, öffentliche Auftragsvergabe, Richtlinie 2014/24/EU, MIM, OASC
annex-doc-header = Anlage: Anforderungen und Antworten
annex-tender-line = Ausschreibung: { $title }
annex-fact-buyer = Auftraggeber
annex-fact-reference = Vergabenummer
annex-item-summary = { $items ->
    [one] 1 Anforderung
   *[other] { $items } Anforderungen
}: { $musts } MUSS (K.-o.-Kriterien) und { $shoulds } SOLL (gewichtet, insgesamt { $points } Punkte)
annex-binding-notice = Maßgeblich sind die englischen Originaltexte der MIMs; die Übersetzung dient der Orientierung. Die Titel aus ISO/IEC 27001 sind in der eigenen Übersetzung von MIM Assistant und nur zur Information wiedergegeben. Die NIS2-Richtlinie und die Durchführungsverordnung (EU) 2024/2690 werden in den Begriffen ihrer amtlichen deutschen Sprachfassung zitiert.

## 1. Einleitung
annex-kicker = Anlage zu den Vergabeunterlagen
annex-title = Anforderungen und Hinweise zur Beantwortung
annex-fact-date = Ausgabedatum
annex-fact-questions = Rückfragen an
annex-fact-items = Anforderungen
annex-fact-answer = Antwort im
annex-fact-answer-value = Antwortformular, Tabellenblatt „{ $sheet }“ (siehe Abschnitt 2)
annex-h-introduction = Einleitung
annex-intro = Diese Anlage ist Teil der Vergabeunterlagen der Ausschreibung „{ $title }“ von { $buyer }. Sie legt fest, was die angebotene Lösung und in einigen Fällen der Bieter erfüllen muss oder sollte, wie das Antwortformular auszufüllen ist und wie die Antworten gewertet werden.
annex-intro-reference = Diese Anlage ist Teil der Vergabeunterlagen der Ausschreibung „{ $title }“ von { $buyer }, Vergabenummer { $reference }. Sie legt fest, was die angebotene Lösung und in einigen Fällen der Bieter erfüllen muss oder sollte, wie das Antwortformular auszufüllen ist und wie die Antworten gewertet werden.
annex-no-items = Die Ausschreibung enthält noch keine Anforderungen.
annex-intro-counts = { $items ->
    [one] Die Anlage enthält eine nummerierte Anforderung
   *[other] Die Anlage enthält { $items } nummerierte Anforderungen
}; das Antwortformular und die Wertung verwenden dieselben Nummern. { $musts ->
    [one] Die eine MUSS-Anforderung ist ein K.-o.-Kriterium: Ein Angebot, das sie nicht erfüllt, wird ausgeschlossen.
   *[other] Die { $musts } MUSS-Anforderungen sind K.-o.-Kriterien: Ein Angebot, das eine davon nicht erfüllt, wird ausgeschlossen.
} { $shoulds ->
    [one] Die eine SOLL-Anforderung ist ein Zuschlagskriterium, das Punkte bringt, insgesamt { $points }.
   *[other] Die { $shoulds } SOLL-Anforderungen sind Zuschlagskriterien, die Punkte bringen, insgesamt { $points }.
}
annex-intro-frameworks = Die Anforderungen stammen aus den unten genannten veröffentlichten Rahmenwerken in den angegebenen Fassungen. Die Anforderungstexte sind für diese Ausschreibung formuliert; die Kennungen (etwa mim6:R1) sind die der Rahmenwerke.
annex-not-loaded = { $id } (in keinem geladenen Katalog enthalten)
annex-unknown-version = unbekannt
annex-col-framework = Rahmenwerk
annex-col-version = Verwendete Fassung
annex-col-items = Anforderungen

## 2. Beantwortung
annex-h-how = Beantwortung
annex-how-intro = Antworten Sie im Antwortformular, das dieser Anlage beiliegt. Es ist eine Tabellenkalkulationsdatei mit zwei Tabellenblättern: „{ $instructions }“ wiederholt das Wesentliche dieses Abschnitts, und in „{ $response }“ geben Sie Ihre Antworten.
annex-column-named = { $title } ({ $letter })
annex-columns-span = die Spalten { $first } bis { $last }
annex-column-single = die Spalte { $column }
annex-columns-description = die beschreibenden Spalten
annex-check = Prüfen Sie, ob die Zellen { $first } und { $second } diese Ausschreibung nennen: „{ $title }“.
annex-check-reference = Prüfen Sie, ob die Zellen { $first } und { $second } diese Ausschreibung nennen: Vergabenummer { $reference } und „{ $title }“.
annex-questions-default = die in den Vergabeunterlagen genannte Kontaktstelle
annex-step-name = Tragen Sie den Namen Ihres Unternehmens in Zelle { $cell } („{ $label }“) des Tabellenblatts „{ $sheet }“ ein. Verwenden Sie den Namen, unter dem Sie Ihr Angebot abgeben: Die Wertung bezeichnet Ihr Angebot mit diesem Namen.
annex-step-rows = Ab Zeile { $row } steht je Anforderung eine Zeile, nummeriert wie in dieser Anlage. Beantworten Sie jede Anforderung in den Spalten { $columns } und tippen Sie jeden Wert ein (keine Formeln). Ein Formular mit einer leeren oder unbekannten Antwort, einer fehlenden Fundstelle des Nachweises, einem „{ $equivalent }“ ohne Anmerkung oder einer geänderten Beschreibung kann nicht eingelesen werden und geht ungelesen an den Bieter zurück.
annex-step-locked = Ändern Sie { $locked } nicht, fügen Sie keine Zeilen oder Spalten hinzu, entfernen oder verschieben Sie keine und benennen Sie die Tabellenblätter nicht um. Die Beschreibungen sind gesperrt: Der Auftraggeber liest das Formular mit einer Software ein, die sie mit dieser Anlage abgleicht.
annex-step-return = Reichen Sie das ausgefüllte Formular mit Ihrem Angebot vor Ablauf der in den Vergabeunterlagen genannten Frist als Excel-Arbeitsmappe (.xlsx) ein; das Tabellenblatt „{ $sheet }“, gespeichert als „CSV UTF-8“, wird ebenfalls angenommen. Richten Sie Fragen zu dieser Anlage an { $contact }.
annex-h-columns = Spalten des Tabellenblatts „{ $sheet }“
annex-columns-row = Die Spaltenüberschriften stehen in Zeile { $row }.
annex-col-column = Spalte
annex-col-heading = Überschrift
annex-col-filled-by = Ausgefüllt von
annex-col-contains = Inhalt
annex-filled-you = Bieter
annex-filled-buyer = Auftraggeber (gesperrt)
annex-h-responses = Die drei Antworten
annex-responses-intro = Geben Sie zu jeder Anforderung genau eine dieser Antworten, so geschrieben wie hier.
annex-meets-meaning = Die angebotene Lösung erfüllt die Anforderung wie formuliert.
annex-equivalent-meaning = Die angebotene Lösung erfüllt die Anforderung auf andere Weise, etwa durch eine andere Norm, deren Gleichwertigkeit Sie nachweisen. Sie gilt als erfüllt, sobald der Auftraggeber die Gleichwertigkeit anerkennt (Abschnitt 3).
annex-not-meaning = Die angebotene Lösung erfüllt die Anforderung nicht. Bei einer MUSS-Anforderung führt das zum Ausschluss des Angebots; eine SOLL-Anforderung bringt keine Punkte.
annex-required = Erforderlich
annex-optional = Freiwillig
annex-not-needed = Nicht nötig
annex-equivalent-comment = Erforderlich: was Sie stattdessen anbieten und warum es gleichwertig ist
annex-col-meaning = Bedeutung
annex-h-evidence = Nachweise
annex-evidence-intro = Geben Sie in „{ $evidence }“ genau an, wo der Auftraggeber den Nachweis findet: eine Webadresse, ein Dokument mit Seite oder Abschnitt oder die Zugangsdaten eines Testkontos. Der Nachweis muss von der Art sein, die die Spalte „{ $proof }“ der Anforderung nennt:
annex-col-checks = Was bei der Wertung geprüft wird
annex-proof-self-declaration = Ihre eigene unterschriebene Erklärung, dass die Anforderung erfüllt ist.
annex-proof-documentation = Unterlagen, die es belegen: Richtlinien, Verfahrensbeschreibungen, Entwürfe, Schnittstellenbeschreibungen.
annex-proof-certificate = Ein von einer akkreditierten Stelle ausgestelltes Zertifikat.
annex-proof-demonstration = Eine Vorführung der Lösung vor dem Auftraggeber.
annex-proof-test = Ein Test durch den Auftraggeber oder durch einen Dritten.

## 3. Wertung der Angebote
annex-h-evaluation = Wertung der Angebote
annex-rule-must = MUSS-Anforderungen sind K.-o.-Kriterien. Ein Angebot erfüllt eine Anforderung nicht, wenn es mit „{ $not }“ antwortet oder eine Gleichwertigkeit geltend macht, die der Auftraggeber nicht anerkennt. Ein Angebot, das auch nur eine MUSS-Anforderung nicht erfüllt, wird ausgeschlossen, unabhängig von seinen Punkten.
annex-rule-no-should = Diese Anlage enthält keine SOLL-Anforderungen und vergibt daher keine Punkte.
annex-rule-should = SOLL-Anforderungen sind Zuschlagskriterien. Ein Angebot, das eine SOLL-Anforderung erfüllt, erhält ihr volles Gewicht; andernfalls erhält es dafür nichts, wird aber nicht ausgeschlossen, gleich welches Verb der Text der Anforderung verwendet (ein „muss“ sagt dort, wofür es die Punkte gibt). { $count ->
    [one] Das Gewicht beträgt { $total } Punkte; es ist in Abschnitt { $section } aufgeführt.
   *[other] Die { $count } Gewichte ergeben zusammen { $total } Punkte; sie sind in Abschnitt { $section } aufgeführt.
}
annex-rule-equivalent = „{ $equivalent }“ gilt als erfüllt, sobald der Auftraggeber die Gleichwertigkeit anerkannt hat; er beurteilt sie anhand des angegebenen Nachweises und der Anmerkung. Eine abgelehnte Gleichwertigkeit gilt als „{ $not }“.
annex-rule-rank = Angebote, die alle MUSS-Anforderungen erfüllen, werden nach ihren Punkten gereiht, die höchste Punktzahl zuerst; Angebote mit gleicher Punktzahl teilen sich einen Rang.
annex-rule-proof = Bei der Wertung wird jede Antwort anhand der für die Anforderung verlangten Nachweise geprüft.

## Die Anforderungen, „oder gleichwertig“, die Klauseln, die Zuschlagskriterien
annex-col-no = Nr.
annex-col-id = Kennung
annex-col-requirement = Anforderung
annex-col-clause = Klausel
annex-col-modality = MUSS / SOLL
annex-col-weight = Punkte
annex-col-placement = Einordnung
annex-h-requirements = Anforderungen
annex-items = { $count ->
    [one] die Anforderung { $list }
   *[other] die Anforderungen { $list }
}
annex-requirements-intro = Die Tabelle führt { $items } mit dem jeweils geltenden Anforderungstext auf. „{ $placement }“ nennt den Teil der Vergabeunterlagen, zu dem die Anforderung gehört.
annex-requirements-clauses = Die allgemeinen Klauseln, { $items }, stehen in Abschnitt { $section }.
annex-requirements-articles = Die Artikelnummern beziehen sich auf die Richtlinie 2014/24/EU.
annex-place-specification = Technische Spezifikation (Art. 42)
annex-place-selection = Eignungskriterien (Art. 58)
annex-place-award = Zuschlagskriterien (Art. 67)
annex-place-contract = Ausführungsbedingung (Art. 70)
annex-place-acceptance = Abnahmetest
annex-place-specification-meaning = Eine Mindestanforderung an die angebotene Lösung.
annex-place-selection-meaning = Eine Mindestanforderung an den Bieter selbst: Er muss seine Fähigkeit nachweisen, den Auftrag auszuführen.
annex-place-award-meaning = Ein Kriterium, das Punkte bringt; sein Gewicht ist in dieser Anlage veröffentlicht.
annex-place-contract-meaning = Eine Bedingung für die Ausführung des Auftrags, Teil des Vertragsentwurfs.
annex-place-specification-column = Technische Spezifikation (Art. 42)
annex-place-selection-column = Eignung (Art. 58)
annex-place-award-column = Zuschlag (Art. 67)
annex-place-contract-column = Ausführung (Art. 70)
annex-place-acceptance-column = Abnahmetest
annex-place-acceptance-meaning = Wird bei der Lieferung der Lösung erneut geprüft, bevor der Auftraggeber sie abnimmt.
annex-h-equivalent = „Oder gleichwertig“
annex-equivalent-none = Keine Anforderung dieser Anlage trägt den Zusatz „oder gleichwertig“. Die folgende Regel gilt dennoch für jede Norm, jede Spezifikation, jedes Zertifikat und jedes Gütezeichen, das eine Anforderung nennt.
annex-equivalent-some = Nennt eine Anforderung eine Norm, eine Spezifikation, ein Zertifikat oder ein Gütezeichen, wird Gleichwertiges anerkannt. In dieser Anlage betrifft das { $items }: Ihr Text sagt selbst „oder gleichwertig“ oder endet mit dem Satz:
annex-equivalent-law = Dies folgt aus der Richtlinie 2014/24/EU. Nach Artikel 42 ist jede Bezugnahme auf eine Norm in einer technischen Spezifikation mit dem Zusatz „oder gleichwertig“ zu versehen, und ein Angebot darf nicht mit der Begründung abgelehnt werden, es entspreche nicht der genannten Norm, wenn der Bieter mit geeigneten Mitteln nachweist, dass seine Lösung die Anforderung gleichermaßen erfüllt. Nach Artikel 44 werden auch Bescheinigungen gleichwertiger Konformitätsbewertungsstellen anerkannt, und ein Bieter, der eine Bescheinigung oder einen Prüfbericht aus Gründen, die er nicht zu vertreten hat, nicht rechtzeitig erhalten konnte, darf andere geeignete Nachweise vorlegen, etwa ein technisches Dossier des Herstellers.
annex-equivalent-claim = Um Gleichwertigkeit geltend zu machen, antworten Sie mit „{ $response }“. Geben Sie in „{ $comment }“ an, was Sie stattdessen anbieten und warum es die Anforderung gleichermaßen erfüllt, und in „{ $evidence }“, wo der Nachweis zu finden ist. Die Gleichwertigkeit weist der Bieter nach; der Auftraggeber entscheidet, ob er sie anerkennt.
annex-h-clauses = Allgemeine Klauseln
annex-clauses-intro = Diese Klauseln gelten unabhängig von der angebotenen Lösung. Sie stammen aus { $names } und sind wie die übrigen Anforderungen nummeriert; beantworten Sie sie im Antwortformular auf dieselbe Weise. Sie sind nach dem Teil der Vergabeunterlagen gruppiert, zu dem sie gehören.
annex-h-award = Zuschlagskriterien
annex-award-none = Diese Anlage enthält keine SOLL-Anforderungen und legt daher keine gewichteten Zuschlagskriterien fest.
annex-award-intro = Die SOLL-Anforderungen sind die Zuschlagskriterien dieser Anlage. Ihre Gewichte werden hier vor Abgabe der Angebote veröffentlicht, wie es Artikel 67 der Richtlinie 2014/24/EU verlangt. Ein Angebot, das eine Anforderung erfüllt, erhält ihr Gewicht; ein Angebot kann höchstens { $total } Punkte erreichen.
annex-col-award = Zuschlagskriterium
annex-total = Summe
annex-secondary-note = (Nur aus einer Sekundärquelle bekannt; siehe Quellen und Urhebervermerke.)

## Quellen und Urhebervermerke
annex-h-sources = Quellen und Urhebervermerke
annex-none = Keine.
annex-sources-intro = Die Dokumente, aus denen die Anforderungen stammen:
annex-col-catalog = Katalog
annex-col-document = Dokument
annex-col-where = Fundort
annex-col-licence = Lizenz
annex-secondary-list = Nur aus einer Sekundärquelle bekannt (einer oben aufgeführten Kopie des MIM-Texts durch Dritte), bei Abweichungen zusammen mit dem Text des Herausgebers zu lesen: { $ids }.
annex-h-credits = Urhebervermerke
annex-worded-by = Die Anforderungs- und Klauseltexte hat MIM Assistant { $version } aus den oben genannten Quellen formuliert und übersetzt; Kennungen und Nummern stammen aus den Quellen.
annex-custom-words = Die Texte von { $frameworks } stammen aus einem vom Auftraggeber hinzugefügten Katalog (aus einem anderen Format importiert oder vom Auftraggeber geschrieben), nicht von MIM Assistant: Es sind die Worte der Quelle.
