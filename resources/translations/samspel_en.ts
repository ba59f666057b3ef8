<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Kopia av föregående pars överenskommelse (version %1)</source>
        <extracomment>Word and PDF/A out, Word in.</extracomment>
        <translation>Copy of the previous pair&apos;s agreement (version %1)</translation>
    </message>
    <message>
        <source>Antagen %1</source>
        <translation>Adopted %1</translation>
    </message>
    <message>
        <source>Ingen överenskommelse ännu</source>
        <translation>No joint agreement yet</translation>
    </message>
    <message>
        <source>Börja från en mall eller importera från Word.</source>
        <translation>Start from a template or import from Word.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · version %2</translation>
    </message>
    <message>
        <source> – kan inte ändras. Skapa ett nytt utkast för att arbeta vidare.</source>
        <translation> – cannot be changed. Create a new draft to continue working.</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>inget avsnitt valt</source>
        <translation>no section selected</translation>
    </message>
    <message>
        <source>Förslag (%1)</source>
        <translation>Proposals (%1)</translation>
    </message>
    <message>
        <source>Ursprung: samtalet %1, frågan ”%2”</source>
        <translation>Origin: conversation %1, question “%2”</translation>
    </message>
    <message>
        <source>Ändrat – sparas strax</source>
        <translation>Changed – saving shortly</translation>
    </message>
    <message>
        <source>Inte sparat: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Nytt avsnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Samspel</source>
        <translation>Samspel</translation>
    </message>
    <message>
        <source>Ta bort avsnittet ”%1” och dess text?</source>
        <translation>Remove the section “%1” and its text?</translation>
    </message>
    <message>
        <source>Datum för beslut</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <source>Revideras senast</source>
        <translation>To be revised by</translation>
    </message>
    <message>
        <source>Gäller från</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <source>Uppgifterna är sparade</source>
        <translation>The details have been saved</translation>
    </message>
    <message>
        <source>nytt avsnitt</source>
        <translation>new section</translation>
    </message>
    <message>
        <source>borttaget avsnitt</source>
        <translation>removed section</translation>
    </message>
    <message>
        <source>ändrat</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>oförändrat</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version %1&lt;/b&gt; → &lt;b&gt;Version %2&lt;/b&gt;: %3 av %4 avsnitt har ändrats.</source>
        <translation>&lt;b&gt;Version %1&lt;/b&gt; → &lt;b&gt;Version %2&lt;/b&gt;: %3 of %4 sections have changed.</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Joint agreement</translation>
    </message>
    <message>
        <source>Vad det nya utkastet ska utgå från</source>
        <translation>What the new draft should be based on</translation>
    </message>
    <message>
        <source>Nytt utkast</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Importera från Word…</source>
        <translation>Import from Word…</translation>
    </message>
    <message>
        <source>Läs in en befintlig överenskommelse (.docx) som nytt utkast</source>
        <translation>Load an existing joint agreement (.docx) as a new draft</translation>
    </message>
    <message>
        <source>Nytt utkast från denna version</source>
        <translation>New draft from this version</translation>
    </message>
    <message>
        <source>Fortsätt arbeta: en ny version med samma text</source>
        <translation>Keep working: a new version with the same text</translation>
    </message>
    <message>
        <source>&amp;Beslutsgång: remiss och antagande…</source>
        <translation>&amp;Decision process: consultation and adoption…</translation>
    </message>
    <message>
        <source>Exportera till Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dra för att ändra ordning, eller Ctrl+Upp/Ned. F2 byter namn.</source>
        <translation>Drag to reorder, or use Ctrl+Up/Down. F2 renames.</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Enter ger ett nytt stycke, Skift+Enter en ny rad. Det du ser här är det Word-filen får.</source>
        <translation>Enter starts a new paragraph, Shift+Enter a new line. What you see here is what the Word file gets.</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Slutsatser som ni i samtalen markerat ”till överenskommelsen”.</source>
        <translation>Conclusions that you marked “for the joint agreement” in your conversations.</translation>
    </message>
    <message>
        <source>Ta in i avsnittet</source>
        <translation>Insert into section</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ av styrdokument</source>
        <translation>Type of governing document</translation>
    </message>
    <message>
        <source>Beslutande instans</source>
        <translation>Decision-making body</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Paragraf</source>
        <translation>Minute §</translation>
    </message>
    <message>
        <source>§ 12</source>
        <translation>§ 12</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Gäller för</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Giltighetstid</source>
        <translation>Period of validity</translation>
    </message>
    <message>
        <source>Dokumentansvarig</source>
        <translation>Document owner</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (annars beslutsdagen)</source>
        <translation>YYYY-MM-DD (otherwise the decision date)</translation>
    </message>
    <message>
        <source>Ersätter</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Tidigare version eller dokument, med beslut och diarienummer</source>
        <translation>Earlier version or document, with decision and registration number</translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
</context>
<context>
    <name>AgreementFiles</name>
    <message>
        <source>Sparat som PDF/A för e-arkivet: %1</source>
        <translation>Saved as PDF/A for the e-archive: %1</translation>
    </message>
    <message>
        <source>Sparat som %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Skriver PDF/A…</source>
        <translation>Writing PDF/A…</translation>
    </message>
    <message>
        <source>Exporterar till Word…</source>
        <translation>Exporting to Word…</translation>
    </message>
    <message>
        <source>Exportera överenskommelsen</source>
        <translation>Export the agreement</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>PDF/A för e-arkivet (*.pdf)</source>
        <translation>PDF/A for the e-archive (*.pdf)</translation>
    </message>
    <message>
        <source>Samspel</source>
        <translation>Samspel</translation>
    </message>
    <message>
        <source>%n avsnitt</source>
        <comment>one</comment>
        <translation>%n section</translation>
    </message>
    <message>
        <source>%n avsnitt</source>
        <comment>many</comment>
        <translation>%n sections</translation>
    </message>
    <message>
        <source>%n underrubrik</source>
        <translation>%n subheading</translation>
    </message>
    <message>
        <source>%n underrubriker</source>
        <translation>%n subheadings</translation>
    </message>
    <message>
        <source>%n stycke</source>
        <translation>%n paragraph</translation>
    </message>
    <message>
        <source>%n stycken</source>
        <translation>%n paragraphs</translation>
    </message>
    <message>
        <source>%n listpunkt</source>
        <translation>%n list item</translation>
    </message>
    <message>
        <source>%n listpunkter</source>
        <translation>%n list items</translation>
    </message>
    <message>
        <source>”%1” innehåller %2 och %3.</source>
        <translation>“%1” contains %2 and %3.</translation>
    </message>
    <message>
        <source>Spara som nytt utkast?</source>
        <translation>Save as a new draft?</translation>
    </message>
    <message>
        <source>Importera från Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <source>Läser Word-dokumentet…</source>
        <translation>Reading the Word document…</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>← &amp;Startsidan</source>
        <translation>← &amp;Start page</translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <source>Överenskommelse: %1 · %2</source>
        <translation>Joint agreement: %1 · %2</translation>
    </message>
</context>
<context>
    <name>AgreementTextEdit</name>
    <message>
        <source>Avsnittets text</source>
        <translation>Section text</translation>
    </message>
    <message>
        <source>Fetstil Ctrl+B, kursiv Ctrl+I, punktlista Ctrl+Skift+L, numrerad lista Ctrl+Skift+N, underrubrik Ctrl+Skift+U. Skift+Enter ger ny rad i stycket.</source>
        <translation>Bold Ctrl+B, italic Ctrl+I, bulleted list Ctrl+Shift+L, numbered list Ctrl+Shift+N, subheading Ctrl+Shift+U. Shift+Enter gives a new line in the paragraph.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Fetstil</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>K</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Kursiv</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>• Punktlista</source>
        <translation>• Bulleted list</translation>
    </message>
    <message>
        <source>Punktlista</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. Numrerad lista</source>
        <translation>1. Numbered list</translation>
    </message>
    <message>
        <source>Numrerad lista</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Underrubrik</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <source>Underrubrik (igen: brödtext)</source>
        <translation>Subheading (again: body text)</translation>
    </message>
    <message>
        <source>Formatering</source>
        <translation>Formatting</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Disken svarar inte, så texten är inte sparad än.</source>
        <extracomment>Delay after the first unsent change before saving (the budget is &quot;within about a second&quot;). The longest a flush waits for the disk before it reports the text as not (yet) saved.</extracomment>
        <translation>The disk is not answering, so the text is not saved yet.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Säkerhetskopierar…</source>
        <extracomment>How often the running app checks whether the daily backup is due.</extracomment>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Samspel sparar en säkerhetskopia varje dag och före uppgraderingar. Du kan återställa en av dem eller en kopia du sparat själv. Den nuvarande databasen sparas först, så en återställning kan ångras.</source>
        <translation>Samspel saves a backup every day and before upgrades. You can restore one of them or a copy you have saved yourself. The current database is saved first, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Säkerhetskopiera nu</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Spara kopia som…</source>
        <translation>Save copy as…</translation>
    </message>
    <message>
        <source>Återställ från fil…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>Återställer…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Återställ vald</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>(inga säkerhetskopior ännu)</source>
        <translation>(no backups yet)</translation>
    </message>
    <message>
        <source>Spara säkerhetskopia</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Återställ från fil</source>
        <translation>Restore from file</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Ersätta all data med innehållet i %1? Den nuvarande databasen sparas först som en säkerhetskopia.</source>
        <translation>Replace all data with the contents of %1? The current database is first saved as a backup.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Ändra åtagande</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <source>&amp;Vad:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>V&amp;em:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Klart se&amp;nast:</source>
        <translation>Due &amp;by:</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>⚠ %n text ändrades på båda datorerna – välj version…</source>
        <translation>⚠ %n text was changed on both computers – choose a version…</translation>
    </message>
    <message>
        <source>⚠ %n texter ändrades på båda datorerna – välj version…</source>
        <translation>⚠ %n texts were changed on both computers – choose a version…</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>%1 ändrades på båda datorerna. Välj en version, eller slå ihop dem.</source>
        <translation>%1 was changed on both computers. Choose a version, or merge them.</translation>
    </message>
    <message>
        <source>Texten nu (redigera för att slå ihop):</source>
        <extracomment>The text area holding the version shown: the page&apos;s own, or one made here.</extracomment>
        <translation>The text now (edit it to merge):</translation>
    </message>
    <message>
        <source>Texten nu:</source>
        <translation>The text now:</translation>
    </message>
    <message>
        <source>Den andra versionen, från den andra datorn:</source>
        <translation>The other version, from the other computer:</translation>
    </message>
    <message>
        <source>Den andra versionen, skriven på den här datorn:</source>
        <translation>The other version, written on this computer:</translation>
    </message>
    <message>
        <source>Den andra versionen, från %1:</source>
        <translation>The other version, from %1:</translation>
    </message>
    <message>
        <source>Åtagande: %1</source>
        <translation>Commitment: %1</translation>
    </message>
    <message>
        <source>Den ena versionen står i rutan %1 nedan, den andra här.</source>
        <translation>One version is in the %1 box below, the other here.</translation>
    </message>
    <message>
        <source>Använd den andra versionen</source>
        <translation>Use the other version</translation>
    </message>
    <message>
        <source>Lägg in den i rutan</source>
        <translation>Add it to the box</translation>
    </message>
    <message>
        <source>Lägger den andra versionen sist i rutan, så att ni kan slå ihop texterna.</source>
        <translation>Adds the other version at the end of the box, so that you can merge the texts.</translation>
    </message>
    <message>
        <source>Behåll texten i rutan</source>
        <translation>Keep the text in the box</translation>
    </message>
    <message>
        <source>Spara texten</source>
        <translation>Save the text</translation>
    </message>
    <message>
        <source>Behåll den här versionen</source>
        <translation>Keep this version</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Texter som ändrats på båda datorerna</source>
        <translation>Texts changed on both computers</translation>
    </message>
    <message>
        <source>De här texterna ändrades på två datorer innan de hann utbytas. Båda versionerna finns kvar: välj en, eller redigera texten och spara den.</source>
        <translation>These texts were changed on two computers before they were exchanged. Both versions are kept: choose one, or edit the text and save it.</translation>
    </message>
    <message>
        <source>Inga texter att välja mellan.</source>
        <translation>No texts to choose between.</translation>
    </message>
</context>
<context>
    <name>ConversationCommitments</name>
    <message>
        <source>Från tidigare samtal – följ upp</source>
        <translation>From earlier conversations – follow up</translation>
    </message>
    <message>
        <source>Nya i det här samtalet</source>
        <translation>New in this conversation</translation>
    </message>
    <message>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>, försenat</source>
        <translation>, overdue</translation>
    </message>
    <message>
        <source>senast %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Välj ett åtagande i listan först.</source>
        <translation>Select a commitment in the list first.</translation>
    </message>
    <message>
        <source>Stryk åtagande</source>
        <translation>Drop commitment</translation>
    </message>
    <message>
        <source>Med ett ord – varför stryks det?</source>
        <translation>In a word – why is it being dropped?</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Samtal %1 · %2 · %3</source>
        <extracomment>Until a saved layout is restored, split the width by proportion on first show, so the question keeps most of the room at any size and scaling.</extracomment>
        <translation>Conversation %1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Politikens perspektiv – %1, %2</source>
        <translation>&amp;Political perspective – %1, %2</translation>
    </message>
    <message>
        <source>&amp;Förvaltningens perspektiv – %1, %2</source>
        <translation>&amp;Administrative perspective – %1, %2</translation>
    </message>
    <message>
        <source>samtal %1, %2</source>
        <translation>conversation %1, %2</translation>
    </message>
    <message>
        <source>besvarad</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>inte besvarad</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>%1 av %n fråga besvarad</source>
        <translation>%1 of %n question answered</translation>
    </message>
    <message>
        <source>%1 av %n frågor besvarade</source>
        <translation>%1 of %n questions answered</translation>
    </message>
    <message>
        <source>Fråga %1 av %2 · %3</source>
        <translation>Question %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>⚠ Kunde inte spara: %1 Texten finns kvar här och sparas automatiskt så snart det går.</source>
        <translation>⚠ Could not save: %1 The text remains here and will be saved automatically as soon as possible.</translation>
    </message>
    <message>
        <source>Inte sparat – försöker igen</source>
        <translation>Not saved – retrying</translation>
    </message>
    <message>
        <source>← &amp;Startsidan</source>
        <translation>← &amp;Start page</translation>
    </message>
    <message>
        <source>Fråga i &amp;gråzonen…</source>
        <translation>Question in the &amp;grey zone…</translation>
    </message>
    <message>
        <source>Anteckna en fråga där det var oklart vem som har ansvaret (gråzonen)</source>
        <translation>Note a question where it was unclear who is responsible (the grey zone)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Alla frågor</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Citat ur källorna</source>
        <translation>Quotations from the sources</translation>
    </message>
    <message>
        <source>Avsnitt i överenskommelsen</source>
        <translation>Section in the joint agreement</translation>
    </message>
    <message>
        <source>Föregående fråga (Ctrl+PgUp)</source>
        <translation>Previous question (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Nästa fråga (Ctrl+PgDown)</source>
        <translation>Next question (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Åtaganden</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Åtagande</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>&amp;Klart</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Behåll öppet</source>
        <translation>&amp;Keep open</translation>
    </message>
    <message>
        <source>Str&amp;yk…</source>
        <translation>Dr&amp;op…</translation>
    </message>
    <message>
        <source>Nytt åtagande</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <source>V&amp;em:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Klart se&amp;nast:</source>
        <translation>Due &amp;by:</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Datum för nästa samtal</source>
        <translation>Date of the next conversation</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Minnesanteckningar…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <source>Spara samtalets minnesanteckningar som Word-dokument</source>
        <translation>Save the conversation&apos;s minutes as a Word document</translation>
    </message>
    <message>
        <source>Vägledn&amp;ing</source>
        <translation>G&amp;uidance</translation>
    </message>
    <message>
        <source>Gemensam sl&amp;utsats</source>
        <translation>&amp;Joint conclusion</translation>
    </message>
    <message>
        <source>Till &amp;överenskommelsen, avsnitt:</source>
        <translation>For the joint agreeme&amp;nt, section:</translation>
    </message>
    <message>
        <source>← Föregående</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Nästa →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Än&amp;dra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Rätta åtagandets text, vem som äger det och datum (eller dubbelklicka i listan)</source>
        <translation>Correct the commitment&apos;s text, who owns it and the date (or double-click in the list)</translation>
    </message>
    <message>
        <source>&amp;Åtagande:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>&amp;Lägg till åtagande</source>
        <translation>Add comm&amp;itment</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Fria a&amp;nteckningar</source>
        <translation>Fr&amp;ee notes</translation>
    </message>
    <message>
        <source>N&amp;ästa samtal:</source>
        <translation>Ne&amp;xt conversation:</translation>
    </message>
    <message>
        <source>Närvarande (&amp;en per rad)</source>
        <translation>Attendees (one per &amp;line)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Samspel – ett fel uppstod</source>
        <translation>Samspel – an error occurred</translation>
    </message>
    <message>
        <source>Samspel råkade ut för ett oväntat fel. Det som redan har sparats finns kvar. Om något ser fel ut: starta om Samspel.</source>
        <translation>Samspel ran into an unexpected error. Anything that has already been saved is still there. If something looks wrong, restart Samspel.</translation>
    </message>
    <message>
        <source>Detaljerna har sparats i %1. Skicka dem gärna till er IT-support.</source>
        <translation>The details have been saved in %1. Please send them to your IT support.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopiera detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Kopierat</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Beslutsgång för överenskommelsen</source>
        <translation>Decision process for the joint agreement</translation>
    </message>
    <message>
        <source>Skicka på remiss</source>
        <translation>Send out for consultation (remiss)</translation>
    </message>
    <message>
        <source>En remissinstans per rad, t.ex.
Socialnämnden
Barn- och utbildningsnämnden
Partigrupperna</source>
        <translation>One consultee per line, e.g.
Social Services Committee
Children and Education Committee
Party groups</translation>
    </message>
    <message>
        <source>&amp;Remissinstanser:</source>
        <translation>&amp;Consultees:</translation>
    </message>
    <message>
        <source>Sista &amp;svarsdag:</source>
        <translation>Response &amp;deadline:</translation>
    </message>
    <message>
        <source>&amp;Diarienummer:</source>
        <translation>Re&amp;gistration number:</translation>
    </message>
    <message>
        <source>Remissvar</source>
        <translation>Consultation responses</translation>
    </message>
    <message>
        <source>Remissinstans</source>
        <translation>Consultee</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Yttrande</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>S&amp;var:</source>
        <translation>&amp;Response:</translation>
    </message>
    <message>
        <source>&amp;Yttrande:</source>
        <translation>S&amp;tatement:</translation>
    </message>
    <message>
        <source>Spara &amp;svaret</source>
        <translation>Sa&amp;ve response</translation>
    </message>
    <message>
        <source>Ny remissinstans</source>
        <translation>New consultee</translation>
    </message>
    <message>
        <source>&amp;Lägg till instans</source>
        <translation>&amp;Add consultee</translation>
    </message>
    <message>
        <source>Remissen med &amp;missiv till Word…</source>
        <translation>The consultation with its &amp;cover letter to Word…</translation>
    </message>
    <message>
        <source>Samman&amp;ställning av remissvaren till Word…</source>
        <translation>&amp;Summary of the consultation answers to Word…</translation>
    </message>
    <message>
        <source>Anta överenskommelsen</source>
        <translation>Adopt the joint agreement</translation>
    </message>
    <message>
        <source>Datum för &amp;beslut:</source>
        <translation>Date of d&amp;ecision:</translation>
    </message>
    <message>
        <source>t.ex. § 146</source>
        <translation>e.g. § 146</translation>
    </message>
    <message>
        <source>&amp;Paragraf:</source>
        <translation>&amp;Minute §:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Anta – versionen låses</source>
        <translation>Ad&amp;opt – the version is locked</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Version %1 är ett utkast. Skicka den på remiss eller anta den direkt.</source>
        <translation>Version %1 is a draft. Send it out for consultation or adopt it directly.</translation>
    </message>
    <message>
        <source>Version %1 är på remiss; texten är låst. Anteckna svaren och anta versionen när remissen är klar.</source>
        <translation>Version %1 is out for consultation; the text is locked. Record the responses and adopt the version when the consultation is complete.</translation>
    </message>
    <message>
        <source>Version %1 är antagen och kan inte ändras. Sena remissvar kan fortfarande antecknas.</source>
        <translation>Version %1 has been adopted and cannot be changed. Late consultation responses can still be recorded.</translation>
    </message>
    <message>
        <source>Sammanställning av remissvar</source>
        <translation>Summary of consultation answers</translation>
    </message>
    <message>
        <source>Remiss</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Samspel</source>
        <translation>Samspel</translation>
    </message>
    <message>
        <source>Sparat som %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Anta version som överenskommelse? En antagen version kan inte ändras; fortsatt arbete sker i ett nytt utkast.</source>
        <translation>Adopt this version as the joint agreement? An adopted version cannot be changed; further work is done in a new draft.</translation>
    </message>
    <message>
        <source>Remissvar saknas fortfarande från: %1.</source>
        <translation>Consultation responses are still missing from: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen igen, eller välj Avbryt för att låta bli.</source>
        <translation>Type the passphrase again, or choose Cancel to stop.</translation>
    </message>
    <message>
        <source>Dela med en annan dator</source>
        <translation>Share with another computer</translation>
    </message>
    <message>
        <source>Samspel-utbyte (*.samspel)</source>
        <translation>Samspel exchange (*.samspel)</translation>
    </message>
    <message>
        <source>Skydda filen med en lösenfras (rekommenderas; lämna tomt för att inte kryptera):</source>
        <translation>Protect the file with a passphrase (recommended; leave empty not to encrypt):</translation>
    </message>
    <message>
        <source>Ta emot från en annan dator</source>
        <translation>Receive from another computer</translation>
    </message>
    <message>
        <source>Skriver filen…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Filen %1 är sparad (%n ändring).</source>
        <translation>The file %1 is saved (%n change).</translation>
    </message>
    <message>
        <source>Filen %1 är sparad (%n ändringar).</source>
        <translation>The file %1 is saved (%n changes).</translation>
    </message>
    <message>
        <source>Flytta den till den andra datorn (USB-minne, e-post eller en delad mapp) och välj Arkiv → Ta emot… där.</source>
        <translation>Move it to the other computer (USB stick, e-mail or a shared folder) and choose File → Receive… there.</translation>
    </message>
    <message>
        <source>Tar emot…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <source>Filen gäller ett samspelspar som inte finns här: %1. Lägga till det?</source>
        <translation>The file is for a pair that is not on this computer: %1. Add it?</translation>
    </message>
    <message>
        <source>Skriva filerna okrypterade i den delade mappen? (Frågas bara en gång.)</source>
        <translation>Write the files unencrypted in the shared folder? (Asked only once.)</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>En mapp på filservern, i OneDrive eller SharePoint som parets datorer delar. Varje dator skriver bara sin egen fil i mappen och läser de andras.</source>
        <translation>A folder on the file server, in OneDrive or SharePoint that the pair&apos;s computers share. Each computer writes only its own file in the folder and reads the others&apos;.</translation>
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sluta synka</source>
        <translation>Stop syncing</translation>
    </message>
    <message>
        <source>Mapp: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Ingen synkmapp vald.</source>
        <translation>No sync folder chosen.</translation>
    </message>
    <message>
        <source>Senast: %1 – %2</source>
        <translation>Last run: %1 – %2</translation>
    </message>
    <message>
        <source>Inte synkad ännu: välj Synka nu när mappen är den rätta.</source>
        <translation>Not synced yet: choose Sync now when the folder is the right one.</translation>
    </message>
    <message>
        <source>Välj synkmapp</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <source>Synkar…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Anteckningarna kan vara känsliga. Ange en lösenfras som alla parets datorer använder, eller lämna tomt för att skriva okrypterat:</source>
        <translation>The notes may be sensitive. Enter a passphrase that all the pair&apos;s computers use, or leave empty to write unencrypted:</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Klara</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Strukna</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Båda sidor</source>
        <translation>Both sides</translation>
    </message>
    <message>
        <source>Åtagande</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Från samtalet</source>
        <translation>From conversation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Vems fråga</source>
        <translation>Whose question</translation>
    </message>
    <message>
        <source>Lärdom</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>Uppföljning: %1 · %2</source>
        <translation>Follow-up: %1 · %2</translation>
    </message>
    <message>
        <source>, försenat</source>
        <translation>, overdue</translation>
    </message>
    <message>
        <source> i tid</source>
        <translation> on time</translation>
    </message>
    <message>
        <source> efter utsatt datum</source>
        <translation> after the due date</translation>
    </message>
    <message>
        <source>Välj ett åtagande som gjordes i ett samtal.</source>
        <translation>Choose a commitment that was made in a conversation.</translation>
    </message>
    <message>
        <source>Välj ett åtagande i listan först.</source>
        <translation>Choose a commitment in the list first.</translation>
    </message>
    <message>
        <source>Åtagandet är ändrat.</source>
        <translation>The commitment was changed.</translation>
    </message>
    <message>
        <source>%n fråga i loggen.</source>
        <translation>%n question in the log.</translation>
    </message>
    <message>
        <source>%n frågor i loggen.</source>
        <translation>%n questions in the log.</translation>
    </message>
    <message>
        <source>Vad (politiken): %2 · Hur (förvaltningen): %3 · Gemensamma: %4 · Oklara: %5</source>
        <translation>What (political side): %2 · How (administration): %3 · Joint: %4 · Unclear: %5</translation>
    </message>
    <message>
        <source>Skriver Word-dokumentet…</source>
        <translation>Writing the Word document…</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>%n åtagande med datum</source>
        <translation>%n commitment with a date</translation>
    </message>
    <message>
        <source>%n åtaganden med datum</source>
        <translation>%n commitments with a date</translation>
    </message>
    <message>
        <source>%n hölls i tid</source>
        <translation>%n kept on time</translation>
    </message>
    <message>
        <source>%n blev klart senare</source>
        <translation>%n completed late</translation>
    </message>
    <message>
        <source>%n blev klara senare</source>
        <translation>%n completed late</translation>
    </message>
    <message>
        <source>%n ströks</source>
        <translation>%n dropped</translation>
    </message>
    <message>
        <source>%n är öppet</source>
        <translation>%n open</translation>
    </message>
    <message>
        <source>%n är öppna</source>
        <translation>%n open</translation>
    </message>
    <message>
        <source>Mandatperioden %1: %2.</source>
        <translation>Term of office %1: %2.</translation>
    </message>
    <message>
        <source> Hållna i tid: %1 %.</source>
        <translation> Kept on time: %1 %.</translation>
    </message>
    <message>
        <source>Inga åtaganden med datum ännu.</source>
        <translation>No commitments with a date yet.</translation>
    </message>
    <message>
        <source>Ny fråga i gråzonen</source>
        <translation>New grey-zone question</translation>
    </message>
    <message>
        <source>Vilken fråga var det oklart vem som äger?</source>
        <translation>Which question was it unclear who owned?</translation>
    </message>
    <message>
        <source>Flytta till papperskorgen</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Flytta frågan till papperskorgen? Den kan återställas därifrån.</source>
        <translation>Move the question to the trash? It can be restored from there.</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Överlämning</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Spara som Word-dokument</source>
        <translation>Save as Word document</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Sparade %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>← &amp;Startsidan</source>
        <translation>← &amp;Start page</translation>
    </message>
    <message>
        <source>&amp;Rapport till Word…</source>
        <translation>&amp;Report to Word…</translation>
    </message>
    <message>
        <source>Åtaganden</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Åtaganden över tid</source>
        <translation>Commitments over time</translation>
    </message>
    <message>
        <source>De fem förhållningssätten som bygger samarbete och förtroende (SKR), skattade 1–5 av var och en av er i samtalen, ett diagram per förhållningssätt. Det grå fältet är skillnaden mellan er – den är värd att prata om. Lodräta linjer visar mandatperioder, halvtid och byte av person.</source>
        <translation>The five attitudes that build cooperation and trust (SKR), rated 1–5 by each of you in the conversations, one chart per attitude. The grey area is the gap between you – it is worth talking about. Vertical lines show terms of office, mid-term and changes of person.</translation>
    </message>
    <message>
        <source>Uppföljningsrapport för mandatperioden: förhållningssätten, åtaganden, gråzonen och överenskommelsen</source>
        <translation>Follow-up report for the term of office: the attitudes, commitments, the grey zone and the agreement</translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <source>Överl&amp;ämning till Word…</source>
        <translation>Ha&amp;ndover to Word…</translation>
    </message>
    <message>
        <source>Allt en efterträdare behöver: överenskommelsen, öppna åtaganden, gråzonen och förhållningssätten över tid</source>
        <translation>Everything a successor needs: the agreement, open commitments, the grey zone and the attitudes over time</translation>
    </message>
    <message>
        <source>V&amp;isa:</source>
        <translation>Sh&amp;ow:</translation>
    </message>
    <message>
        <source>Si&amp;da:</source>
        <translation>Si&amp;de:</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Rätta åtagandets text, vem som äger det och datum (eller dubbelklicka på raden)</source>
        <translation>Correct the commitment&apos;s text, who owns it and the date (or double-click the row)</translation>
    </message>
    <message>
        <source>Öppna sa&amp;mtalet</source>
        <translation>Open the &amp;conversation</translation>
    </message>
    <message>
        <source>Öppna samtalet där åtagandet gjordes</source>
        <translation>Open the conversation where the commitment was made</translation>
    </message>
    <message>
        <source>Förhållningssätten över tid</source>
        <translation>The attitudes over time</translation>
    </message>
    <message>
        <source>Gråzonen</source>
        <translation>The grey zone</translation>
    </message>
    <message>
        <source>Gråzonsloggen</source>
        <translation>Grey-zone log</translation>
    </message>
    <message>
        <source>Vald fråga</source>
        <translation>Selected question</translation>
    </message>
    <message>
        <source>&amp;Frågan:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>V&amp;ems fråga blev det:</source>
        <translation>&amp;Whose question it became:</translation>
    </message>
    <message>
        <source>Vem besl&amp;utade:</source>
        <translation>Who d&amp;ecided:</translation>
    </message>
    <message>
        <source>Vad vi &amp;lärde oss:</source>
        <translation>What we &amp;learned:</translation>
    </message>
    <message>
        <source>&amp;Ny fråga i gråzonen…</source>
        <translation>New &amp;grey-zone question…</translation>
    </message>
    <message>
        <source>Flytta till &amp;papperskorgen</source>
        <translation>Move to &amp;trash</translation>
    </message>
</context>
<context>
    <name>GroupAnswerBox</name>
    <message>
        <source>Svar från %1</source>
        <translation>Answer from %1</translation>
    </message>
    <message>
        <source>Behåll min text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <source>Använd den importerade</source>
        <translation>Use the imported text</translation>
    </message>
    <message>
        <source>Behåll båda</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Skillnad: filen %1 har en annan text för den här frågan. Ingenting har skrivits över – välj vilken text som ska gälla.</source>
        <translation>Difference: the file %1 has a different text for this question. Nothing has been overwritten – choose which text should apply.</translation>
    </message>
    <message>
        <source>(okänd)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>GuideEditorPage</name>
    <message>
        <source>Allmänt samtal</source>
        <extracomment>A guide was created, changed, imported or deleted (other views may list guides).</extracomment>
        <translation>General conversation</translation>
    </message>
    <message>
        <source>Ny relation</source>
        <translation>New relationship</translation>
    </message>
    <message>
        <source>Oppositionsråd och KD</source>
        <translation>Opposition leader and Director</translation>
    </message>
    <message>
        <source>Uppföljning av överenskommelsen</source>
        <translation>Follow-up of the joint agreement</translation>
    </message>
    <message>
        <source>Skattningar</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Pressad relation</source>
        <translation>Relationship under pressure</translation>
    </message>
    <message>
        <source>Relation på rutin</source>
        <translation>Relationship in routine</translation>
    </message>
    <message>
        <source>Halvtid i mandatperioden</source>
        <translation>Halfway through the term of office</translation>
    </message>
    <message>
        <source>Inför och efter ett val</source>
        <translation>Before and after an election</translation>
    </message>
    <message>
        <source>Egen fråga – guidens författare har formulerat den</source>
        <translation>Own question – written by the guide&apos;s author</translation>
    </message>
    <message>
        <source>Citat – frågan är källans egna ord</source>
        <translation>Quotation – the question is the source&apos;s own words</translation>
    </message>
    <message>
        <source>Fritt svar: politikens och förvaltningens syn och en gemensam slutsats</source>
        <translation>Free answer: the views of the political side and the administration, and a joint conclusion</translation>
    </message>
    <message>
        <source>Skala 1–5 med en text för varje steg</source>
        <translation>Scale 1–5 with a description for each step</translation>
    </message>
    <message>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1 (inbyggd)</source>
        <translation>%1 (built-in)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>(avsnitt utan rubrik)</source>
        <translation>(section without a heading)</translation>
    </message>
    <message>
        <source>(fråga utan text)</source>
        <translation>(question without text)</translation>
    </message>
    <message>
        <source>%1  [skala 1–5]</source>
        <translation>%1  [scale 1–5]</translation>
    </message>
    <message>
        <source>1 – Stämmer inte alls</source>
        <translation>1 – Not true at all</translation>
    </message>
    <message>
        <source>2 – Stämmer dåligt</source>
        <translation>2 – Hardly true</translation>
    </message>
    <message>
        <source>3 – Stämmer delvis</source>
        <translation>3 – Partly true</translation>
    </message>
    <message>
        <source>4 – Stämmer ganska bra</source>
        <translation>4 – Fairly true</translation>
    </message>
    <message>
        <source>5 – Stämmer helt</source>
        <translation>5 – Completely true</translation>
    </message>
    <message>
        <source>Nytt avsnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Ny fråga</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Ändringen är inte sparad: %1</source>
        <translation>The change has not been saved: %1</translation>
    </message>
    <message>
        <source>Kopian ”%1” kan ändras.</source>
        <translation>The copy “%1” can be edited.</translation>
    </message>
    <message>
        <source>Radera guiden</source>
        <translation>Delete guide</translation>
    </message>
    <message>
        <source>Lägga guiden ”%1” i papperskorgen? Samtal och seminarier som använt den behåller sin egen kopia.</source>
        <translation>Move the guide “%1” to the trash? Conversations and seminars that have used it keep their own copy.</translation>
    </message>
    <message>
        <source>Exportera samtalsguide</source>
        <translation>Export conversation guide</translation>
    </message>
    <message>
        <source>Samtalsguide (*.json)</source>
        <translation>Conversation guide (*.json)</translation>
    </message>
    <message>
        <source>Guiden sparades i %1</source>
        <translation>The guide was saved in %1</translation>
    </message>
    <message>
        <source>Importera samtalsguide</source>
        <translation>Import conversation guide</translation>
    </message>
    <message>
        <source>Guiden finns redan</source>
        <translation>The guide already exists</translation>
    </message>
    <message>
        <source>Det finns redan en guide med id ”%1” (”%2”, version %3), men innehållet i filen är ett annat (version %4).</source>
        <translation>There is already a guide with ID “%1” (“%2”, version %3), but the content of the file is different (version %4).</translation>
    </message>
    <message>
        <source>Spara filens guide bredvid den som finns, eller ersätt den? Samtal och seminarier som redan använt guiden påverkas inte.</source>
        <translation>Save the guide from the file alongside the existing one, or replace it? Conversations and seminars that have already used the guide are not affected.</translation>
    </message>
    <message>
        <source>Spara &amp;bredvid</source>
        <translation>Save &amp;alongside</translation>
    </message>
    <message>
        <source>&amp;Ersätt</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>← &amp;Startsidan</source>
        <translation>← &amp;Start page</translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <source>Samtalsguider</source>
        <translation>Conversation guides</translation>
    </message>
    <message>
        <source>&amp;Importera guide…</source>
        <translation>&amp;Import guide…</translation>
    </message>
    <message>
        <source>Läs in en guide som någon annan har exporterat (JSON-fil)</source>
        <translation>Load a guide that someone else has exported (JSON file)</translation>
    </message>
    <message>
        <source>&amp;Exportera guide…</source>
        <translation>&amp;Export guide…</translation>
    </message>
    <message>
        <source>Spara den valda guiden som en fil att dela med andra</source>
        <translation>Save the selected guide as a file to share with others</translation>
    </message>
    <message>
        <source>&amp;Guider</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <source>Guider</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Skapa en ny, tom guide</source>
        <translation>Create a new, empty guide</translation>
    </message>
    <message>
        <source>&amp;Duplicera</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Gör en redigerbar kopia av den valda guiden</source>
        <translation>Make an editable copy of the selected guide</translation>
    </message>
    <message>
        <source>&amp;Radera</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Lägg den valda egna guiden i papperskorgen</source>
        <translation>Move the selected custom guide to the trash</translation>
    </message>
    <message>
        <source>Det här är en inbyggd guide och den kan inte ändras. Välj Duplicera för att göra en egen kopia att ändra i.</source>
        <translation>This is a built-in guide and cannot be changed. Choose Duplicate to make your own copy that you can edit.</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Sa&amp;mmanfattning:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>Avsnitt och fr&amp;ågor – dra för att flytta, eller Ctrl+Upp/Ned</source>
        <translation>Sections &amp;and questions – drag to move, or Ctrl+Up/Down</translation>
    </message>
    <message>
        <source>R&amp;ubrik:</source>
        <translation>Se&amp;ction heading:</translation>
    </message>
    <message>
        <source>In&amp;ledning:</source>
        <translation>Intr&amp;oduction:</translation>
    </message>
    <message>
        <source>Frågete&amp;xt:</source>
        <translation>Question te&amp;xt:</translation>
    </message>
    <message>
        <source>V&amp;ägledning:</source>
        <translation>Guidan&amp;ce:</translation>
    </message>
    <message>
        <source>Svarsf&amp;orm:</source>
        <translation>Ans&amp;wer format:</translation>
    </message>
    <message>
        <source>S&amp;yfte:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Based on:</translation>
    </message>
    <message>
        <source>Till exempel SKR, Stöd – för att styra och leda bättre tillsammans</source>
        <translation>For example SKR, Stöd – för att styra och leda bättre tillsammans</translation>
    </message>
    <message>
        <source>F&amp;örfattare:</source>
        <translation>Written b&amp;y:</translation>
    </message>
    <message>
        <source>Vem som har skrivit guidens egna frågor och vägledning</source>
        <translation>Who wrote the guide&apos;s own questions and guidance</translation>
    </message>
    <message>
        <source>Avsnitt och frågor</source>
        <translation>Sections and questions</translation>
    </message>
    <message>
        <source>+ Avsnitt</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <source>+ &amp;Fråga</source>
        <translation>+ Question</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Flytta upp (Ctrl+Upp)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Flytta ned (Ctrl+Ned)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Välj ett avsnitt eller en fråga i listan.</source>
        <translation>Select a section or a question in the list.</translation>
    </message>
    <message>
        <source>&amp;Citat:</source>
        <translation>&amp;Quotations:</translation>
    </message>
    <message>
        <source>Ordagranna citat ur en källa: citatet, sedan en rad ”Källa: …”. En tom rad mellan citaten.</source>
        <translation>Exact quotations from a source: the quotation, then a line &quot;Source: …&quot;. A blank line between quotations.</translation>
    </message>
    <message>
        <source>&amp;Ursprung:</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <source>Kä&amp;lla:</source>
        <translation>Sou&amp;rce:</translation>
    </message>
    <message>
        <source>Vems ord frågan är, eller vad den bygger på</source>
        <translation>Whose words the question is, or what it builds on</translation>
    </message>
    <message>
        <source>Skalans fem steg</source>
        <translation>The five steps of the scale</translation>
    </message>
    <message>
        <source>&amp;1:</source>
        <translation>&amp;1:</translation>
    </message>
    <message>
        <source>&amp;2:</source>
        <translation>&amp;2:</translation>
    </message>
    <message>
        <source>&amp;3:</source>
        <translation>&amp;3:</translation>
    </message>
    <message>
        <source>&amp;4:</source>
        <translation>&amp;4:</translation>
    </message>
    <message>
        <source>&amp;5:</source>
        <translation>&amp;5:</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>Handbok för Samspel</source>
        <translation>Samspel handbook (in Swedish)</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Handbokens text</source>
        <translation>Handbook text</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>Diagram över förhållningssätten över tid</source>
        <translation>Chart of the attitudes over time</translation>
    </message>
    <message>
        <source>Skillnaden mellan er</source>
        <translation>The gap between you</translation>
    </message>
    <message>
        <source>Inga skattningar</source>
        <translation>No ratings</translation>
    </message>
    <message>
        <source>1 skattning</source>
        <translation>1 rating</translation>
    </message>
    <message>
        <source>%1 skattningar</source>
        <translation>%1 ratings</translation>
    </message>
    <message>
        <source>Politiken (heldragen, rund)</source>
        <extracomment>Okabe–Ito blue (politics) and vermilion (the administration): colour-blind safe.</extracomment>
        <translation>Political side (solid line, circles)</translation>
    </message>
    <message>
        <source>Förvaltningen (streckad, fyrkant)</source>
        <translation>Administration (dashed line, squares)</translation>
    </message>
    <message>
        <source>Inga skattningar ännu. Använd guiden ”Förhållningssätt – skattning” i ett samtal.</source>
        <translation>No ratings yet. Use the “Attitudes – rating” guide in a conversation.</translation>
    </message>
    <message>
        <source>halvtid</source>
        <translation>mid-term</translation>
    </message>
    <message>
        <source>Inga skattningar ännu.</source>
        <translation>No ratings yet.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Inte besvarad</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Ställer sig bakom</source>
        <translation>Endorses</translation>
    </message>
    <message>
        <source>Ställer sig bakom med synpunkter</source>
        <translation>Endorses with comments</translation>
    </message>
    <message>
        <source>Avstyrker</source>
        <translation>Advises against</translation>
    </message>
    <message>
        <source>Uppbyggande</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Stabil</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>KSO–KD</source>
        <translation>Chair–Director</translation>
    </message>
    <message>
        <source>Oppositionsråd–KD</source>
        <translation>Opposition leader–Director</translation>
    </message>
    <message>
        <source>Nämndordförande–förvaltningschef</source>
        <translation>Committee chair–Head of department</translation>
    </message>
    <message>
        <source>Regionstyrelsens ordförande–regiondirektör</source>
        <translation>Regional board chair–Regional director</translation>
    </message>
    <message>
        <source>Egna titlar</source>
        <translation>Own titles</translation>
    </message>
    <message>
        <source>Kommunstyrelsens ordförande</source>
        <translation>Chair of the Municipal Executive Board</translation>
    </message>
    <message>
        <source>Kommundirektör</source>
        <translation>Municipal Director</translation>
    </message>
    <message>
        <source>Oppositionsråd</source>
        <translation>Opposition Leader</translation>
    </message>
    <message>
        <source>Nämndordförande</source>
        <translation>Committee Chair</translation>
    </message>
    <message>
        <source>Förvaltningschef</source>
        <translation>Head of Department</translation>
    </message>
    <message>
        <source>Regionstyrelsens ordförande</source>
        <translation>Chair of the Regional Executive Board</translation>
    </message>
    <message>
        <source>Regiondirektör</source>
        <translation>Regional Director</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Avslutat</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Öppet</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Struket</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Politiken</source>
        <translation>Political side</translation>
    </message>
    <message>
        <source>Förvaltningen</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Båda</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Rutin / står still</source>
        <translation>Routine / standing still</translation>
    </message>
    <message>
        <source>Pressad</source>
        <translation>Under pressure</translation>
    </message>
    <message>
        <source>Styrelsens mandattid (från 1 januari efter valet)</source>
        <translation>The executive board&apos;s term (from 1 January after the election)</translation>
    </message>
    <message>
        <source>Fullmäktiges mandattid (från 15 oktober valåret)</source>
        <translation>The council&apos;s term (from 15 October in the election year)</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>På remiss</source>
        <translation>Out for consultation</translation>
    </message>
    <message>
        <source>Antagen</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Oklart ännu</source>
        <translation>Still unclear</translation>
    </message>
    <message>
        <source>Vad – politikens fråga</source>
        <translation>What – a question for politics</translation>
    </message>
    <message>
        <source>Hur – förvaltningens fråga</source>
        <translation>How – a question for the administration</translation>
    </message>
    <message>
        <source>Gemensam fråga</source>
        <translation>Shared question</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Samspelspar</source>
        <translation>Cooperation pair</translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Åtagande</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Joint agreement</translation>
    </message>
    <message>
        <source>Samtalsguide</source>
        <translation>Conversation guide</translation>
    </message>
    <message>
        <source>Fråga i gråzonsloggen</source>
        <translation>Grey-zone question</translation>
    </message>
    <message>
        <source>Seminarium</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Politikens perspektiv</source>
        <translation>Political perspective</translation>
    </message>
    <message>
        <source>Förvaltningens perspektiv</source>
        <translation>Administration&apos;s perspective</translation>
    </message>
    <message>
        <source>Gemensam slutsats</source>
        <translation>Joint conclusion</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kommentar till åtagande</source>
        <translation>Comment on a commitment</translation>
    </message>
    <message>
        <source>Remissvar</source>
        <translation>Consultation response</translation>
    </message>
    <message>
        <source>Gråzonen</source>
        <translation>The grey zone</translation>
    </message>
    <message>
        <source>Gråzonen, lärdom</source>
        <translation>The grey zone, lesson learned</translation>
    </message>
    <message>
        <source>Överenskommelsens rubrik</source>
        <translation>Title of the joint agreement</translation>
    </message>
    <message>
        <source>Avsnittets rubrik</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>Avsnittets text</source>
        <translation>Section text</translation>
    </message>
    <message>
        <source>Valet hölls %1. Det nya fullmäktige tillträder %2 (%3) och den nya styrelsen %4%5.</source>
        <translation>The election was held on %1. The new council takes office on %2 (%3) and the new executive board on %4%5.</translation>
    </message>
    <message>
        <source>Valet hölls %1. Det nya fullmäktige tillträder %2 (%3).</source>
        <translation>The election was held on %1. The new council takes office on %2 (%3).</translation>
    </message>
    <message>
        <source>Stäm av vad valet betyder för ert samarbete: håll ett samtal och gör ett nytt utkast till överenskommelse.</source>
        <translation>Take stock of what the election means for your cooperation: hold a conversation and make a new draft agreement.</translation>
    </message>
    <message>
        <source>Mandatperioden %1 har börjat: det nya fullmäktige tillträdde %2; den nya styrelsen tillträder %3%4.</source>
        <translation>The %1 term of office has begun: the new council took office on %2; the new executive board takes office on %3%4.</translation>
    </message>
    <message>
        <source>Mandatperioden %1 har börjat: det nya fullmäktige tillträdde %2 (%3).</source>
        <translation>The %1 term of office has begun: the new council took office on %2 (%3).</translation>
    </message>
    <message>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>%1, utifrån %2</source>
        <translation>%1, based on %2</translation>
    </message>
    <message>
        <source>Utifrån %1</source>
        <translation>Based on %1</translation>
    </message>
    <message>
        <source>Ur %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Seminarium, gruppens svar</source>
        <translation>Seminar, group&apos;s answer</translation>
    </message>
    <message>
        <source>Seminarium, syntes</source>
        <translation>Seminar, synthesis</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Vid start</source>
        <translation>At start-up</translation>
    </message>
    <message>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Före uppgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Före import</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>Före återställning</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Transparens</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <source>Lyssnande</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Tydlighet</source>
        <translation>Clarity</translation>
    </message>
    <message>
        <source>Tillförlitlighet</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <source>Positiv återkoppling</source>
        <translation>Positive feedback</translation>
    </message>
    <message>
        <source>Efter valet: håll ett startsamtal och gör ett nytt utkast till överenskommelse.</source>
        <translation>After the election: hold an initial conversation and draft a new joint agreement.</translation>
    </message>
    <message>
        <source>Mandatperioden %1: månad %2 av 48.</source>
        <translation>Term of office %1: month %2 of 48.</translation>
    </message>
    <message>
        <source>Den nya styrelsen tillträdde %1.</source>
        <translation>The new executive board took office on %1.</translation>
    </message>
    <message>
        <source>Val %1: bestäm hur ni för samarbetet och överenskommelsen vidare efter valet.</source>
        <translation>Election on %1: decide how you carry your cooperation and the agreement on after the election.</translation>
    </message>
    <message>
        <source>Nästa val %1.</source>
        <translation>Next election %1.</translation>
    </message>
    <message>
        <source>Halvtid (%1): dags för en avstämning av samarbetet och överenskommelsen.</source>
        <translation>Mid-term (%1): time to review the cooperation and the joint agreement.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sök i allt (Ctrl+F)</source>
        <translation>Search everything (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Dela med en annan dator…</source>
        <translation>&amp;Share with another computer…</translation>
    </message>
    <message>
        <source>&amp;Ta emot…</source>
        <translation>&amp;Receive…</translation>
    </message>
    <message>
        <source>S&amp;ynkmapp…</source>
        <translation>S&amp;ync folder…</translation>
    </message>
    <message>
        <source>Välj ett samspelspar först.</source>
        <translation>Choose a pair first.</translation>
    </message>
    <message>
        <source>samtalsguider</source>
        <translation>conversation guides</translation>
    </message>
    <message>
        <source>seminarier</source>
        <translation>seminars</translation>
    </message>
    <message>
        <source>uppföljning, %1</source>
        <translation>follow-up, %1</translation>
    </message>
    <message>
        <source>överenskommelse, %1</source>
        <translation>joint agreement, %1</translation>
    </message>
    <message>
        <source>Fråga i gråzonen</source>
        <translation>Grey-zone question</translation>
    </message>
    <message>
        <source>Vilken fråga var det oklart vem som äger? Den hamnar i parets gråzonslogg, där ni senare kan skriva vems fråga det blev och vad ni lärde er.</source>
        <translation>Which question was it unclear who owned? It goes into the pair&apos;s grey-zone log, where you can later record whose question it became and what you learned.</translation>
    </message>
    <message>
        <source>Frågan är antecknad i gråzonsloggen.</source>
        <translation>The question has been noted in the grey-zone log.</translation>
    </message>
    <message>
        <source>Samspel – %1</source>
        <translation>Samspel – %1</translation>
    </message>
    <message>
        <source>Exporterade %n rad till %2</source>
        <translation>Exported %n row to %2</translation>
    </message>
    <message>
        <source>Exporterade %n rader till %2</source>
        <translation>Exported %n rows to %2</translation>
    </message>
    <message>
        <source>Exporterar arkivet…</source>
        <translation>Exporting the archive…</translation>
    </message>
    <message>
        <source>Samspel</source>
        <extracomment>The smallest the window may be made (in logical pixels). The conversation view is built this long after the data folder was attached. Emitted once, just after the window first appeared on screen. The search field&apos;s driver: as you type, Enter, a hit opened.</extracomment>
        <translation>Samspel</translation>
    </message>
    <message>
        <source>Exportera allt till arkivfil</source>
        <translation>Export everything to archive file</translation>
    </message>
    <message>
        <source>Samspel-arkiv (*.json)</source>
        <translation>Samspel archive (*.json)</translation>
    </message>
    <message>
        <source>(i minnet)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <source>Om Samspel</source>
        <translation>About Samspel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Samspel %1&lt;/h3&gt;&lt;p&gt;Stöd för samspelssamtal mellan politik och förvaltning, med SKR:s frågor.&lt;/p&gt;&lt;p&gt;Licens: EUPL 1.2&lt;/p&gt;&lt;p&gt;Datamapp: %2&lt;br&gt;Loggmapp: %3&lt;/p&gt;&lt;p&gt;Programmet använder aldrig nätverket.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Samspel %1&lt;/h3&gt;&lt;p&gt;Support for cooperation conversations between politics and administration, using SKR&apos;s questions.&lt;/p&gt;&lt;p&gt;Licence: EUPL 1.2&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;br&gt;Log folder: %3&lt;/p&gt;&lt;p&gt;The program never uses the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inte sparat</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>En del av det du skrivit kunde inte sparas (se meddelandet i fönstret). Om du avslutar nu går det förlorat.</source>
        <translation>Some of what you have written could not be saved (see the message in the window). If you quit now, it will be lost.</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Nytt samspels&amp;par…</source>
        <translation>New cooperation &amp;pair…</translation>
    </message>
    <message>
        <source>Nytt &amp;samtal…</source>
        <translation>New &amp;conversation…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Exportera allt till arkivfil…</source>
        <translation>&amp;Export everything to archive file…</translation>
    </message>
    <message>
        <source>Säkerhets&amp;kopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Papperskorgen…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>A&amp;vsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Startsidan</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <source>S&amp;ök…</source>
        <translation>Sea&amp;rch…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Samtals&amp;guider…</source>
        <translation>Conversation &amp;guides…</translation>
    </message>
    <message>
        <source>Se&amp;minarier…</source>
        <translation>Se&amp;minars…</translation>
    </message>
    <message>
        <source>&amp;Handbok…</source>
        <translation>&amp;Handbook…</translation>
    </message>
    <message>
        <source>Läs in &amp;demoorganisationen</source>
        <translation>Load the &amp;demo organisation</translation>
    </message>
    <message>
        <source>En påhittad kommun med ett par och några samtal att prova på (märkt DEMO, kan tas bort)</source>
        <translation>A made-up municipality with a pair and a few conversations to try things out (marked DEMO, can be removed)</translation>
    </message>
    <message>
        <source>&amp;Om Samspel</source>
        <translation>&amp;About Samspel</translation>
    </message>
</context>
<context>
    <name>MinutesExport</name>
    <message>
        <source>Spara minnesanteckningarna</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>PDF/A för e-arkivet (*.pdf)</source>
        <translation>PDF/A for the e-archive (*.pdf)</translation>
    </message>
    <message>
        <source>Sparade minnesanteckningarna som PDF/A i %1.</source>
        <translation>Saved the minutes as PDF/A in %1.</translation>
    </message>
    <message>
        <source>Sparade minnesanteckningarna i %1.</source>
        <translation>Saved the minutes in %1.</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>Starta samtalet</source>
        <translation>Start the conversation</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (%2 frågor)</source>
        <translation>%1 (%2 questions)</translation>
    </message>
    <message>
        <source>%1 (1 fråga)</source>
        <translation>%1 (1 question)</translation>
    </message>
    <message>
        <source> – föreslås</source>
        <translation> – suggested</translation>
    </message>
    <message>
        <source>Relationen är ny, så startsamtalet föreslås.</source>
        <translation>The relationship is new, so the initial conversation is suggested.</translation>
    </message>
    <message>
        <source>För oppositionsråd och kommundirektör föreslås en egen guide.</source>
        <translation>A dedicated guide is suggested for the opposition leader and the municipal director.</translation>
    </message>
    <message>
        <source>Överenskommelsen ska snart revideras, så uppföljningen föreslås.</source>
        <translation>The joint agreement is due for revision soon, so the follow-up is suggested.</translation>
    </message>
    <message>
        <source>Relationen är pressad, så SKR:s faktorer för motståndskraft föreslås.</source>
        <translation>The relationship is under pressure, so SKR&apos;s resilience factors are suggested.</translation>
    </message>
    <message>
        <source>Relationen har gått på rutin eller står still, så nya frågor som förnyar samtalet föreslås.</source>
        <translation>The relationship has fallen into routine or is standing still, so new questions that renew the conversation are suggested.</translation>
    </message>
    <message>
        <source>Det är halvtid i mandatperioden, så halvtidsavstämningen föreslås.</source>
        <translation>It is halfway through the term of office, so the mid-term check is suggested.</translation>
    </message>
    <message>
        <source>Det är valtider, så guiden inför och efter ett val föreslås.</source>
        <translation>It is election time, so the guide for before and after an election is suggested.</translation>
    </message>
    <message>
        <source>Välj minst en samtalsguide.</source>
        <translation>Select at least one conversation guide.</translation>
    </message>
    <message>
        <source>Nytt samtal</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Samspels&amp;par:</source>
        <translation>Cooperation &amp;pair:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Närvarande (en per rad):</source>
        <translation>&amp;Attendees (one per line):</translation>
    </message>
    <message>
        <source>Samtals&amp;guider:</source>
        <translation>Conversation &amp;guides:</translation>
    </message>
    <message>
        <source>Samtalsguider</source>
        <translation>Conversation guides</translation>
    </message>
</context>
<context>
    <name>NewSeminarDialog</name>
    <message>
        <source>Nytt seminarium</source>
        <translation>New seminar</translation>
    </message>
    <message>
        <source>Till exempel Samspelsdag för KS och ledningsgrupp</source>
        <translation>For example Cooperation day for the Executive Board and management team</translation>
    </message>
    <message>
        <source>Grupp %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>Ve&amp;nue:</translation>
    </message>
    <message>
        <source>P&amp;rocessledare:</source>
        <translation>Faci&amp;litator:</translation>
    </message>
    <message>
        <source>&amp;Samtalsguide:</source>
        <translation>Conversation &amp;guide:</translation>
    </message>
    <message>
        <source>&amp;Grupper, en per rad. Deltagare efter kolon: ”Bord 1: Anna Berg (KSO), Karl Ek (KD)”.</source>
        <translation>G&amp;roups, one per line. Participants after a colon: “Table 1: Anna Berg (Chair), Karl Ek (Director)”.</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Avbrutet.</source>
        <extracomment>A blocking call waits this long on the spot before it waits in a local event loop (paints). After this long a blocking call says &quot;Väntar på databasen…&quot;. An operation with ``progress=`` shows its dialog only when it takes longer than this. A progress bar&apos;s text: the share done with a space before the sign (&quot;40 %&quot;). How often the progress shown is brought up to date.</extracomment>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Väntar på databasen…</source>
        <translation>Waiting for the database…</translation>
    </message>
    <message>
        <source>Samspel</source>
        <translation>Samspel</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>Nytt samspelspar</source>
        <translation>New cooperation pair</translation>
    </message>
    <message>
        <source>Redigera samspelspar</source>
        <translation>Edit cooperation pair</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>t.ex. Socialnämnden</source>
        <translation>e.g. Socialnämnden (the social services committee)</translation>
    </message>
    <message>
        <source>Samspelspar</source>
        <translation>Cooperation pair</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>t.ex. Vaggeryds kommun</source>
        <translation>e.g. Vaggeryd Municipality</translation>
    </message>
    <message>
        <source>Kommun eller re&amp;gion:</source>
        <translation>Municipality or re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Sorts par:</source>
        <translation>&amp;Kind of pair:</translation>
    </message>
    <message>
        <source>&amp;Leder:</source>
        <translation>&amp;Leads:</translation>
    </message>
    <message>
        <source>Nämnden eller styrelsen paret leder</source>
        <translation>The committee or board the pair leads</translation>
    </message>
    <message>
        <source>Nämnden eller styrelsen paret leder. Den antar överenskommelsen och står som beslutande instans.</source>
        <translation>The committee or board the pair leads. It adopts the agreement and is named as the deciding body.</translation>
    </message>
    <message>
        <source>Nämndens &amp;mandattid följer fullmäktiges (från 15 oktober valåret)</source>
        <translation>The committee&apos;s &amp;term follows the council&apos;s (from 15 October of the election year)</translation>
    </message>
    <message>
        <source>Fullmäktige bestämmer nämndernas mandattid (KL 6 kap. 18 §). Oftast följer den styrelsens, från 1 januari året efter valet.</source>
        <translation>The council sets the committees&apos; terms (Local Government Act ch. 6 § 18). Usually they follow the executive board&apos;s, from 1 January after the election.</translation>
    </message>
    <message>
        <source>Förtroendevald – &amp;namn:</source>
        <translation>Elected representative – &amp;name:</translation>
    </message>
    <message>
        <source>Förtroendevald – &amp;titel:</source>
        <translation>Elected representative – &amp;title:</translation>
    </message>
    <message>
        <source>Tjänsteperson – n&amp;amn:</source>
        <translation>Official – n&amp;ame:</translation>
    </message>
    <message>
        <source>Tjänsteperson – t&amp;itel:</source>
        <translation>Official – t&amp;itle:</translation>
    </message>
    <message>
        <source>Fasen styr vilka samtalsguider som föreslås: en ny relation får startsamtalet, en relation som gått på rutin eller står still får nya frågor som förnyar samtalet och en pressad relation frågorna om motståndskraft.</source>
        <translation>The phase decides which conversation guides are suggested: a new relationship gets the start-up conversation, one in routine or standing still gets new questions that renew the conversation, and one under pressure the questions on resilience.</translation>
    </message>
    <message>
        <source>Samarbetet började &amp;den:</source>
        <translation>Cooperation &amp;began on:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Relationens &amp;fas:</source>
        <translation>Relationship &amp;phase:</translation>
    </message>
</context>
<context>
    <name>ProfileNotice</name>
    <message>
        <source>Be IT att ange en datamapp för Samspel som finns kvar efter utloggning (det beskrivs i Samspels anvisning för IT).</source>
        <translation>Ask IT to set a data folder for Samspel that is kept after logging off (Samspel&apos;s instructions for IT describe how).</translation>
    </message>
    <message>
        <source>Windows har loggat in dig med en tillfällig profil. Allt som sparas i den – också det du skriver i Samspel – raderas när du loggar ut.

Logga ut och in igen, eller kontakta IT, innan du skriver något du vill behålla.</source>
        <translation>Windows has logged you on with a temporary profile. Everything saved in it – including what you write in Samspel – is deleted when you log off.

Log off and on again, or contact IT, before you write anything you want to keep.</translation>
    </message>
    <message>
        <source>Din Windows-profil sparas inte när du loggar ut (en obligatorisk profil). Det du skriver i Samspel raderas då.</source>
        <translation>Your Windows profile is not kept when you log off (a mandatory profile). What you write in Samspel is deleted then.</translation>
    </message>
    <message>
        <source>Du arbetar på en terminalserver (fjärrskrivbord eller Citrix). Samspel sparar i den lokala delen av din profil på den här servern: den följer inte med till andra servrar och tas ofta bort när du loggar ut.</source>
        <translation>You are working on a terminal server (Remote Desktop or Citrix). Samspel saves in the local part of your profile on this server: it does not follow you to other servers and is often deleted when you log off.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Samspel – projektorvy</source>
        <translation>Samspel – projector view</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Skattning 1–5, var för sig</source>
        <translation>Rating 1–5, each on your own</translation>
    </message>
    <message>
        <source>Visa skattninga&amp;rna</source>
        <translation>&amp;Reveal the ratings</translation>
    </message>
    <message>
        <source>%1 skattar 1–5 (piltangenterna och mellanslag)</source>
        <translation>%1 rates 1–5 (arrow keys and space)</translation>
    </message>
    <message>
        <source>%1 skattar %2</source>
        <translation>%1 rates %2</translation>
    </message>
    <message>
        <source>✓ Skattat – dolt tills ni visar båda</source>
        <translation>✓ Rated – hidden until you reveal both</translation>
    </message>
    <message>
        <source>Inte skattat ännu</source>
        <translation>Not rated yet</translation>
    </message>
    <message>
        <source>Båda sidor behöver skatta först.</source>
        <translation>Both sides need to rate first.</translation>
    </message>
    <message>
        <source>Samma skattning – prata om vad som gör att det fungerar.</source>
        <translation>Same rating – talk about what makes it work.</translation>
    </message>
    <message numerus="yes">
        <source>Ni skiljer er åt med %n steg – prata om varför.</source>
        <translation>
            <numerusform>You differ by %n step – talk about why.</numerusform>
            <numerusform>You differ by %n steps – talk about why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Kontrollerar databasen…</source>
        <translation>Checking the database…</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>← &amp;Startsidan</source>
        <extracomment>Characters of the query the summary repeats.</extracomment>
        <translation>← &amp;Start page</translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <source>Sökträffar</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Skriv ett eller flera ord i sökfältet.</source>
        <translation>Type one or more words in the search field.</translation>
    </message>
    <message>
        <source>Inga träffar för ”%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <source>1 träff för ”%2”. Tryck Enter för att öppna den.</source>
        <translation>1 result for “%2”. Press Enter to open it.</translation>
    </message>
    <message>
        <source>%1 träffar för ”%2”. Välj en träff och tryck Enter för att öppna den.</source>
        <translation>%1 results for “%2”. Select a result and press Enter to open it.</translation>
    </message>
    <message>
        <source>De senast skrivna visas först; de bästa träffarna kommer strax.</source>
        <translation>The most recently written are shown first; the best hits follow in a moment.</translation>
    </message>
    <message>
        <source>Sökningen använde de %1 första orden; resten togs inte med.</source>
        <translation>The search used the first %1 words; the rest were left out.</translation>
    </message>
</context>
<context>
    <name>SeminarPage</name>
    <message>
        <source>Sparat %1</source>
        <extracomment>How often the countdown redraws (it reads the clock, so the interval does not drift).</extracomment>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Seminariet att dela ut till grupperna…</source>
        <translation>Seminar to hand out to the groups…</translation>
    </message>
    <message>
        <source>En grupps svar…</source>
        <translation>One group&apos;s answers…</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Deltagare (namn och roll)</source>
        <translation>Participants (name and role)</translation>
    </message>
    <message>
        <source>Skapa eller importera ett seminarium.</source>
        <translation>Create or import a seminar.</translation>
    </message>
    <message>
        <source>Fråga %1 av %2 · %3</source>
        <translation>Question %1 of %2 · %3</translation>
    </message>
    <message>
        <source>Tiden är ute</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Tiden går</source>
        <translation>Time running</translation>
    </message>
    <message>
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Starta</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Skärm %1 (%2×%3)</source>
        <translation>Screen %1 (%2×%3)</translation>
    </message>
    <message>
        <source>%1, version %2 (seminariets egen kopia). Seminarie-id: %3</source>
        <translation>%1, version %2 (the seminar&apos;s own copy). Seminar ID: %3</translation>
    </message>
    <message>
        <source>Grupp %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Ta bort gruppen</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Gruppen ”%1” har svar. Ta bort gruppen och dess svar?</source>
        <translation>The group “%1” has answers. Remove the group and its answers?</translation>
    </message>
    <message>
        <source>Importera seminariefil</source>
        <translation>Import seminar file</translation>
    </message>
    <message>
        <source>Seminariefil (*.json)</source>
        <translation>Seminar file (*.json)</translation>
    </message>
    <message>
        <source>Seminariefilen är inläst</source>
        <translation>The seminar file has been loaded</translation>
    </message>
    <message>
        <source>Dela ut seminariet</source>
        <translation>Hand out the seminar</translation>
    </message>
    <message>
        <source>Seminariet sparades i %1</source>
        <translation>The seminar was saved in %1</translation>
    </message>
    <message>
        <source>Exportera en grupps svar</source>
        <translation>Export one group&apos;s answers</translation>
    </message>
    <message>
        <source>Vilken grupp?</source>
        <translation>Which group?</translation>
    </message>
    <message>
        <source>Exportera gruppens svar</source>
        <translation>Export the group&apos;s answers</translation>
    </message>
    <message>
        <source>Gruppens svar sparades i %1</source>
        <translation>The group&apos;s answers were saved in %1</translation>
    </message>
    <message>
        <source>Sammanställning till Word</source>
        <translation>Summary to Word</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Sammanställningen sparades i %1</source>
        <translation>The summary was saved in %1</translation>
    </message>
    <message>
        <source>← &amp;Startsidan</source>
        <translation>← &amp;Start page</translation>
    </message>
    <message>
        <source>Tillbaka till startsidan (Alt+Home)</source>
        <translation>Back to the start page (Alt+Home)</translation>
    </message>
    <message>
        <source>S&amp;eminarium:</source>
        <translation>S&amp;eminar:</translation>
    </message>
    <message>
        <source>&amp;Nytt seminarium…</source>
        <translation>Ne&amp;w seminar…</translation>
    </message>
    <message>
        <source>&amp;Importera svar…</source>
        <translation>&amp;Import answers…</translation>
    </message>
    <message>
        <source>Läs in en seminariefil: gruppernas svar från deras datorer, eller ett seminarium som processledaren har delat ut</source>
        <translation>Load a seminar file: the groups&apos; answers from their computers, or a seminar that the facilitator has handed out</translation>
    </message>
    <message>
        <source>E&amp;xportera</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Genomförande</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>← &amp;Föregående</source>
        <translation>← Previ&amp;ous</translation>
    </message>
    <message>
        <source>Föregående fråga (Ctrl+Page Up)</source>
        <translation>Previous question (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Sa&amp;mmanställning till Word…</source>
        <translation>Su&amp;mmary to Word…</translation>
    </message>
    <message>
        <source>N&amp;ästa →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Nästa fråga (Ctrl+Page Down)</source>
        <translation>Next question (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>10:00</source>
        <translation>10:00</translation>
    </message>
    <message>
        <source>Tid kvar</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <source>&amp;Tid för frågan:</source>
        <translation>&amp;Time for this question:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Börja om</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>&amp;Projektorvy</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <source>Visa frågan och tiden i helskärm på den valda skärmen (Esc stänger)</source>
        <translation>Show the question and the time in full screen on the selected screen (Esc closes)</translation>
    </message>
    <message>
        <source>Skärm för projektorvyn</source>
        <translation>Screen for the projector view</translation>
    </message>
    <message>
        <source>Väg&amp;ledning på projektorn</source>
        <translation>Gui&amp;dance on the projector</translation>
    </message>
    <message>
        <source>Seminariet &amp;och grupperna</source>
        <translation>Seminar and &amp;groups</translation>
    </message>
    <message>
        <source>Gr&amp;upperna – ett par, eller ett bord med flera personer. Skriv deltagarna som ”Anna Berg (KSO), Karl Ek (KD)”.</source>
        <translation>Gr&amp;oups – a pair, or a table with several people. Enter the participants as “Anna Berg (Chair), Karl Ek (CEO)”.</translation>
    </message>
    <message>
        <source>&amp;Lägg till grupp</source>
        <translation>Add grou&amp;p</translation>
    </message>
    <message>
        <source>S&amp;yntes – det gemensamma ur gruppernas svar:</source>
        <translation>S&amp;ynthesis – what the groups&apos; answers have in common:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>Ve&amp;nue:</translation>
    </message>
    <message>
        <source>P&amp;rocessledare:</source>
        <translation>Faci&amp;litator:</translation>
    </message>
    <message>
        <source>Samtalsguide:</source>
        <translation>Conversation guide:</translation>
    </message>
    <message>
        <source>Grupperna</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Ta &amp;bort gruppen</source>
        <translation>Remove gro&amp;up</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Flytta gruppen upp</source>
        <translation>Move group up</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Flytta gruppen ned</source>
        <translation>Move group down</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Låset kunde inte tas bort. Samspel verkar vara öppet på %1 ändå: stäng det där och försök igen.</source>
        <translation>The lock could not be removed. Samspel seems to be open on %1 after all: close it there and try again.</translation>
    </message>
    <message>
        <source>Samspel är redan öppet med samma datamapp. Byt till det fönstret, eller vänta en stund och försök igen.</source>
        <translation>Samspel is already open with the same data folder. Switch to that window, or wait a moment and try again.</translation>
    </message>
    <message>
        <source>Datamappen används av Samspel på datorn %1. Två datorer får inte ha samma datamapp öppen samtidigt.

Om Samspel inte längre är öppet där – till exempel om datorn stängdes av eller kraschade – kan du ta bort låset och öppna datamappen här.

Är Samspel stängt på %1? Ta bort låset?</source>
        <translation>The data folder is in use by Samspel on the computer %1. Two computers must not have the same data folder open at the same time.

If Samspel is no longer open there – for example if the computer was switched off or crashed – you can remove the lock and open the data folder here.

Is Samspel closed on %1? Remove the lock?</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Datum</source>
        <extracomment>True once :meth:`refresh` has shown the pairs from the database (start-up milestone).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guider</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source> · DEMO</source>
        <translation> · DEMO</translation>
    </message>
    <message>
        <source> · avslutat %1</source>
        <translation> · completed %1</translation>
    </message>
    <message>
        <source>överenskommelsen ska revideras</source>
        <translation>the joint agreement is due for revision</translation>
    </message>
    <message>
        <source> · demoorganisation</source>
        <translation> · demo organisation</translation>
    </message>
    <message>
        <source>Politiken: %1, %2</source>
        <translation>Political side: %1, %2</translation>
    </message>
    <message>
        <source>Förvaltningen: %1, %2</source>
        <translation>Administration: %1, %2</translation>
    </message>
    <message>
        <source>Relationens fas: %1 · i rollerna sedan %2</source>
        <translation>Phase of the relationship: %1 · in their roles since %2</translation>
    </message>
    <message>
        <source>Senaste samtal: %1 · nästa: %2</source>
        <translation>Latest conversation: %1 · next: %2</translation>
    </message>
    <message>
        <source>inget ännu</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>inte bestämt</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Öppna åtaganden: %1 (försenade: %2)</source>
        <translation>Open commitments: %1 (overdue: %2)</translation>
    </message>
    <message>
        <source>Överenskommelse: ingen ännu</source>
        <translation>Joint agreement: none yet</translation>
    </message>
    <message>
        <source>Överenskommelse: version %1, %2 · revideras senast %3</source>
        <translation>Joint agreement: version %1, %2 · to be revised by %3</translation>
    </message>
    <message>
        <source>⚠ Överenskommelsen ska revideras senast %1.</source>
        <translation>⚠ The joint agreement must be revised by %1.</translation>
    </message>
    <message>
        <source>⚠ En ny person i paret: dags för ett startsamtal och ett nytt utkast till överenskommelse.</source>
        <translation>⚠ A new person in the pair: time for an initial conversation and a new draft joint agreement.</translation>
    </message>
    <message>
        <source>⚠ Ny i paret sedan %1: håll ett startsamtal och gör ett nytt utkast till överenskommelse.</source>
        <translation>⚠ New to the pair since %1: hold an initial conversation and make a new draft joint agreement.</translation>
    </message>
    <message>
        <source>1 åtagande har passerat sitt datum</source>
        <translation>1 commitment is past its due date</translation>
    </message>
    <message>
        <source>%1 åtaganden har passerat sitt datum</source>
        <translation>%1 commitments are past their due date</translation>
    </message>
    <message>
        <source>Ta bort demo</source>
        <translation>Remove demo</translation>
    </message>
    <message>
        <source>Ta bort demoorganisationen och allt som hör till den? Era egna samspelspar påverkas inte.</source>
        <translation>Remove the demo organisation and everything that belongs to it? Your own cooperation pairs are not affected.</translation>
    </message>
    <message>
        <source>Välkommen till Samspel</source>
        <translation>Welcome to Samspel</translation>
    </message>
    <message>
        <source>Samspel stöder ordförande och direktör i deras regelbundna samspelssamtal med SKR:s frågor, och samlar det ni kommer fram till i en gemensam överenskommelse. Allt sparas bara på den här datorn.</source>
        <translation>Samspel supports the chair and the municipal director in their regular cooperation conversations using SKR&apos;s questions, and gathers what you arrive at in a joint agreement. Everything is stored only on this computer.</translation>
    </message>
    <message>
        <source>&amp;Skapa ert första samspelspar…</source>
        <translation>C&amp;reate your first cooperation pair…</translation>
    </message>
    <message>
        <source>Läs in en &amp;demoorganisation</source>
        <translation>&amp;Load a demo organisation</translation>
    </message>
    <message>
        <source>Samspels&amp;par</source>
        <translation>Cooperation &amp;pairs</translation>
    </message>
    <message>
        <source>Samspelspar</source>
        <translation>Cooperation pairs</translation>
    </message>
    <message>
        <source>N&amp;ytt par…</source>
        <translation>New p&amp;air…</translation>
    </message>
    <message>
        <source>&amp;Överenskommelsen</source>
        <translation>&amp;Joint agreement</translation>
    </message>
    <message>
        <source>Öppna sam&amp;talet</source>
        <translation>&amp;Open conversation</translation>
    </message>
    <message>
        <source>&amp;Minnesanteckningar till Word…</source>
        <translation>&amp;Minutes to Word…</translation>
    </message>
    <message>
        <source>Spara det valda samtalets minnesanteckningar som Word-dokument</source>
        <translation>Save the chosen conversation&apos;s minutes as a Word document</translation>
    </message>
    <message>
        <source>&amp;Nytt samtal…</source>
        <translation>New &amp;conversation…</translation>
    </message>
    <message>
        <source>&amp;Uppföljning över tid</source>
        <translation>Follo&amp;w-up over time</translation>
    </message>
    <message>
        <source>&amp;Redigera par…</source>
        <translation>&amp;Edit pair…</translation>
    </message>
    <message>
        <source>Ta bort &amp;demo</source>
        <translation>Remove &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Samtal</source>
        <translation>Conve&amp;rsations</translation>
    </message>
    <message>
        <source>Samtal</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Papperskorg</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Det du raderar hamnar här och kan tas tillbaka. Töms papperskorgen raderas innehållet för gott.</source>
        <translation>Anything you delete ends up here and can be restored. When the trash is emptied, its contents are deleted for good.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ta tillbaka</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Töm papperskorgen…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <source>(papperskorgen är tom)</source>
        <translation>(the trash is empty)</translation>
    </message>
    <message>
        <source>Töm papperskorgen</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <source>Radera allt i papperskorgen för gott? Det går inte att ångra. Säkerhetskopior som redan finns innehåller det raderade tills de tas bort automatiskt.</source>
        <translation>Delete everything in the trash for good? This cannot be undone. Existing backups still contain what was deleted until they are removed automatically.</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>sök: %1</source>
        <extracomment>Search as you type starts this long after the last keystroke. Hits shown at once while typing (the ranked page follows).</extracomment>
        <translation>search: %1</translation>
    </message>
</context>
</TS>
