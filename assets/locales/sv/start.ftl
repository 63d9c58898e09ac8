# MIM Assistant — Startsidan (svenska).

## Startsidan
start-title = MIM Assistant
start-intro = Bedöm er kommuns dataplattform mot OASC:s Minimal Interoperability Mechanisms, ISO/IEC 27001:2022 och NIS2 — ett krav i taget, med resultat, brister och en färdplan på slutet — eller gör samma krav till en upphandlingsbilaga och utvärdera anbuden.
start-new = Ny bedömning
start-new-hint = En kort guidad uppstart, sedan det första kravet.
start-open = Öppna…
start-open-hint = Fortsätt med en bedömning eller upphandling som sparats tidigare.
start-example = Öppna exemplet
start-example-hint = En påhittad stad, helt ifylld, att utforska utan risk.
start-catalog = Bläddra i katalogen
start-catalog-hint = Läs MIM:arna, ISO/IEC 27001 och NIS2 och se hur de mappas mot varandra.
start-tender = Ny upphandling
start-tender-hint = Välj krav och klausuler och skriv sedan upphandlingsbilagan och anbudsgivarnas svarsformulär.
start-example-tender = Öppna exempelupphandlingen
start-example-tender-hint = En påhittad kommuns upphandling av en dataplattform, klar att exportera.
start-recent = Senaste filer
start-recent-none = Inga filer än. Filer som ni öppnar eller sparar visas här.
recovery-title = Osparat arbete hittades
recovery-text = MIM Assistant stängdes innan bedömningen av { $name } ({ $file }) hade sparats. En kopia från { $minutes ->
    [0] mindre än en minut
    [one] 1 minut
   *[other] { $minutes } minuter
} innan dess finns kvar.
recovery-never-saved = aldrig sparad i någon fil
recovery-restore = Återställ arbetet
recovery-discard = Kasta kopian
