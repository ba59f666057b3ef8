<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ConversationView</name>
    <message>
        <source>Samtal %1 · %2 · %3</source>
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
    <name>MainWindow</name>
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
        <source>Mandatperiod %1</source>
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
    <name>parent</name>
    <message>
        <source>Samspel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
