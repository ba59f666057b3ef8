<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <source>Inte besvarad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ställer sig bakom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ställer sig bakom med synpunkter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avstyrker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiken (heldragen, rund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaltningen (streckad, fyrkant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halvtid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga skattningar ännu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Antagen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen överenskommelse ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Börja från en mall eller importera från Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – kan inte ändras. Skapa ett nytt utkast för att arbeta vidare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget avsnitt valt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förslag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ursprung: samtalet %1, frågan ”%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändrat – sparas strax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte sparat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt avsnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort avsnittet ”%1” och dess text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revideras senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna är sparade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat som %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera till Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”%1” innehåller %2 avsnitt, %3 underrubriker, %4 stycken och %5 listpunkter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som nytt utkast?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera från Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad det nya utkastet ska utgå från</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera från Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs in en befintlig överenskommelse (.docx) som nytt utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt utkast från denna version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortsätt arbeta: en ny version med samma text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beslutsgång: remiss och antagande…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera till Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra för att ändra ordning, eller Ctrl+Upp/Ned. F2 byter namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byt namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tom rad skiljer stycken. ”- ” i början av raden ger en punktlista, ”1. ” en numrerad lista, ”## ” en underrubrik. **Fetstil** med dubbla asterisker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutsatser som ni i samtalen markerat ”till överenskommelsen”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta in i avsnittet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av styrdokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutande instans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller för</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giltighetstid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokumentansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jämför</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>← &amp;Startsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelse: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <extracomment>How often the running app checks whether the daily backup is due.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel sparar en säkerhetskopia varje dag och före uppgraderingar. Du kan återställa en av dem eller en kopia du sparat själv. Den nuvarande databasen sparas först, så en återställning kan ångras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhetskopiera nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara kopia som …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ från fil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inga säkerhetskopior ännu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara säkerhetskopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ från fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersätta all data med innehållet i %1? Den nuvarande databasen sparas först som en säkerhetskopia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Samtal %1 · %2 · %3</source>
        <extracomment>Until a saved layout is restored, split the width by proportion on first show, so the question keeps most of the room at any size and scaling.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Politikens perspektiv – %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förvaltningens perspektiv – %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samtal %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besvarad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte besvarad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 av %2 frågor besvarade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fråga %1 av %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Källa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Kunde inte spara: %1 Texten finns kvar här och sparas automatiskt så snart det går.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte sparat – försöker igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från tidigare samtal – följ upp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nya i det här samtalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, försenat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj ett åtagande i listan först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stryk åtagande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med ett ord – varför stryks det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Startsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fråga i &amp;gråzonen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckna en fråga där det var oklart vem som äger den (gyllene zonen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla frågor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vägledning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemensam slutsats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till ö&amp;verenskommelsen, avsnitt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsnitt i överenskommelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Före&amp;gående</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föregående fråga (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nä&amp;sta →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nästa fråga (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtaganden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtagande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behåll öppet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;yk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt åtagande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;em:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till åtagande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fria anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nästa möte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för nästa möte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Närvarande (en per &amp;rad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Samspel – ett fel uppstod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel råkade ut för ett oväntat fel. Det som redan har sparats finns kvar. Om något ser fel ut: starta om Samspel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljerna har sparats i %1. Skicka dem gärna till den som ger er support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopierat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Beslutsgång för överenskommelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skicka på remiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En remissinstans per rad, t.ex.
Socialnämnden
Barn- och utbildningsnämnden
Partigrupperna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remissinstanser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sista &amp;svarsdag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diarienummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remissvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remissinstans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttrande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;var:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yttrande:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara &amp;svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny remissinstans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lägg till instans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anta överenskommelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för &amp;beslut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. § 146</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anta – versionen låses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 är ett utkast. Skicka den på remiss eller anta den direkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 är på remiss; texten är låst. Anteckna svaren och anta versionen när remissen är klar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 är antagen och kan inte ändras. Sena remissvar kan fortfarande antecknas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anta version som överenskommelse? En antagen version kan inte ändras; fortsatt arbete sker i ett nytt utkast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remissvar saknas fortfarande från: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Sparat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strukna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Båda sidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtagande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från samtalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vems fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lärdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, försenat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> i tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> efter utsatt datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatperioden %1: %2 åtaganden med datum, %3 hölls i tid, %4 blev klara senare, %5 ströks, %6 är öppna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tillförlitlighet: %1 % i tid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga åtaganden med datum ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frågor i loggen. Vad (politiken): %2 · Hur (förvaltningen): %3 · Gemensamma: %4 · Oklara: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny fråga i gråzonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilken fråga var det oklart vem som äger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta till papperskorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta frågan till papperskorgen? Den kan återställas därifrån.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överlämning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som Word-dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Startsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rapport till Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljningsrapport för mandatperioden: hälsa, åtaganden, gyllene zonen och överenskommelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;verlämning till Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allt en efterträdare behöver: överenskommelsen, öppna åtaganden, gyllene zonen och trenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtaganden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sida:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtaganden över tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationens hälsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De fem förhållningssätten som bygger samarbete och förtroende (SKR), skattade 1–5 av var och en av er i samtalen. Vertikala linjer visar mandatperioder, halvtid och byte av person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gyllene zonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gråzonsloggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vald fråga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frågan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vems fråga blev det:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vem be&amp;Vem beslutade:amp;slutade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vad vi &amp;lärde oss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny fråga i gråzonen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flytta till &amp;papperskorgen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>Diagram över förhållningssätten över tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skattningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiken (heldragen, rund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaltningen (streckad, fyrkant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga skattningar ännu. Använd guiden ”Förhållningssätt – skattning” i ett samtal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halvtid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sök i allt (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppföljning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>överenskommelse, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sök: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fråga i gråzonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilken fråga var det oklart vem som äger? Den hamnar i parets gråzonslogg, där ni senare kan skriva vems fråga det blev och vad ni lärde er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frågan är antecknad i gråzonsloggen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera allt till arkivfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel-arkiv (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporterade %1 rader till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(i minnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Samspel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samspel %1&lt;/h3&gt;&lt;p&gt;Stöd för samspelssamtal mellan politik och förvaltning, med SKR:s frågor.&lt;/p&gt;&lt;p&gt;Licens: EUPL 1.2&lt;/p&gt;&lt;p&gt;Datamapp: %2&lt;br&gt;Loggmapp: %3&lt;/p&gt;&lt;p&gt;Programmet använder aldrig nätverket.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte sparat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En del av det du skrivit kunde inte sparas (se meddelandet i fönstret). Om du avslutar nu går det förlorat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt samspels&amp;par…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt &amp;samtal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportera allt till arkivfil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopior…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Papperskorgen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Startsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ök…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om Samspel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>Starta samtalet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 frågor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – föreslås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationen är ny, så startsamtalet föreslås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För oppositionsråd och kommundirektör föreslås en egen guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelsen ska snart revideras, så uppföljningen föreslås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationen har gått på rutin, så frågorna om motståndskraft föreslås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj minst en samtalsguide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspels&amp;par:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Närvarande (en per rad):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtals&amp;guider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtalsguider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Nytt samspelspar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redigera samspelspar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspelspar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. Vaggeryds kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun eller re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sorts par:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiken, &amp;namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiken, &amp;titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaltningen, n&amp;amn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaltningen, t&amp;itel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarbetet började &amp;den:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationens &amp;fas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasen styr vilka samtalsguider som föreslås: en ny relation får startsamtalet, en relation som gått på rutin får frågorna om motståndskraft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Skattning 1–5, var för sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visa skattningarna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skattar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Skattat – dolt tills ni visar båda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte skattat ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Båda sidor behöver skatta först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samma skattning – prata om vad som gör att det fungerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ni skiljer er åt med %n steg – prata om varför.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>← &amp;Startsidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sökträffar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ett eller flera ord i sökfältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga träffar för ”%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 träffar för ”%2”. Välj en träff och tryck Enter för att öppna den.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Samspel är redan öppet med samma datamapp. Byt till det fönstret, eller vänta en stund och försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · avslutat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>överenskommelsen ska revideras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · demoorganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politiken: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förvaltningen: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationens fas: %1 · tillsammans sedan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste samtal: %1 · nästa: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte bestämt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna åtaganden: %1 (försenade: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelse: ingen ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Överenskommelse: version %1, %2 · revideras senast %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Överenskommelsen ska revideras senast %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ En ny person i paret: dags för ett startsamtal och ett nytt utkast till överenskommelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Ny i paret sedan %1: håll ett startsamtal och gör ett nytt utkast till överenskommelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 åtagande har passerat sitt datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 åtaganden har passerat sitt datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort demoorganisationen och allt som hör till den? Era egna samspelspar påverkas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välkommen till Samspel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspel stöder ordförande och direktör i deras regelbundna samspelssamtal med SKR:s frågor, och samlar det ni kommer fram till i en gemensam överenskommelse. Allt sparas bara på den här datorn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skapa ert första samspelspar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Läs in en &amp;demoorganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspels&amp;par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samspelspar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt &amp;par…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nytt samtal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;verenskommelsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uppföljning över tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redigera par…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ppna samtalet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Papperskorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det du raderar hamnar här och kan tas tillbaka. Töms papperskorgen raderas innehållet för gott.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta tillbaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Töm papperskorgen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(papperskorgen är tom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Töm papperskorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radera allt i papperskorgen för gott? Det går inte att ångra. Säkerhetskopior som redan finns innehåller det raderade tills de gallras bort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Samspel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
