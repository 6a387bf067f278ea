<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Correlation heatmap</source>
        <translation>Korrelations-Heatmap</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Quality scores</source>
        <translation>Qualitätswerte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (%2 of values fit)</source>
        <translation>%1 (%2 der Werte passen)</translation>
    </message>
    <message>
        <source>Delivered as</source>
        <translation>Geliefert als</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>%1 (%2 of values)</source>
        <translation>%1 (%2 der Werte)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>NULL-Werte</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Leerwerte</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Zeros / negatives</source>
        <translation>Nullen / Negative</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Suggested SQL type</source>
        <translation>Vorgeschlagener SQL-Typ</translation>
    </message>
    <message>
        <source>PostgreSQL %1, SQLite %2, MySQL %3</source>
        <translation>PostgreSQL %1, SQLite %2, MySQL %3</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation>Wölbung</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 to %2, mean %3</source>
        <translation>%1 bis %2, Mittelwert %3</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumswerte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Day/month order</source>
        <translation>Reihenfolge Tag/Monat</translation>
    </message>
    <message>
        <source>Leading / trailing spaces</source>
        <translation>Leerzeichen am Anfang / Ende</translation>
    </message>
    <message>
        <source>Non-ASCII / control characters</source>
        <translation>Nicht-ASCII- / Steuerzeichen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Histogram of &apos;%1&apos;</source>
        <translation>Histogramm von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>Top values of &apos;%1&apos;</source>
        <translation>Häufigste Werte von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Patterns of &apos;%1&apos;</source>
        <translation>Muster von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Formats of &apos;%1&apos;</source>
        <translation>Formate von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Date formats</source>
        <translation>Datumsformate</translation>
    </message>
    <message>
        <source>Date formats of &apos;%1&apos;</source>
        <translation>Datumsformate von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <source>Values of &apos;%1&apos; by year</source>
        <translation>Werte von &apos;%1&apos; nach Jahr</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Values of &apos;%1&apos; by month</source>
        <translation>Werte von &apos;%1&apos; nach Monat</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Nach Wochentag</translation>
    </message>
    <message>
        <source>Values of &apos;%1&apos; by weekday</source>
        <translation>Werte von &apos;%1&apos; nach Wochentag</translation>
    </message>
    <message>
        <source>Text lengths</source>
        <translation>Textlängen</translation>
    </message>
    <message>
        <source>Lengths of &apos;%1&apos;</source>
        <translation>Längen von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 values do not fit the type %2, for example:</source>
        <translation>%1 Werte passen nicht zum Typ %2, zum Beispiel:</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Ungültige Werte</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
</context>
<context>
    <name>BatchConverter</name>
    <message>
        <source>The type inference describes %1 columns, but the source has %2.</source>
        <translation>Die Typermittlung beschreibt %1 Spalten, die Datenquelle hat aber %2.</translation>
    </message>
    <message>
        <source>A mapped column has neither a source column nor a constant value.</source>
        <translation>Eine zugeordnete Spalte hat weder eine Quellspalte noch einen konstanten Wert.</translation>
    </message>
    <message>
        <source>Target column &apos;%1&apos; has neither a source column nor a constant value.</source>
        <translation>Die Zielspalte &apos;%1&apos; hat weder eine Quellspalte noch einen konstanten Wert.</translation>
    </message>
    <message>
        <source>The mapping names source column &apos;%1&apos;, which the source does not have.</source>
        <translation>Die Zuordnung nennt die Quellspalte &apos;%1&apos;, die es in der Datenquelle nicht gibt.</translation>
    </message>
    <message>
        <source>The run has no id to put in column &apos;%1&apos;.</source>
        <translation>Der Lauf hat keine ID für die Spalte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The run has no start time to put in column &apos;%1&apos;.</source>
        <translation>Der Lauf hat keine Startzeit für die Spalte &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The mapping leaves no column to load.</source>
        <translation>Die Zuordnung lässt keine Spalte zum Laden übrig.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds %2 values, which cannot be cast to %3.</source>
        <translation>Spalte &apos;%1&apos; enthält Werte vom Typ %2, die nicht in %3 umgewandelt werden können.</translation>
    </message>
    <message>
        <source>The constant column &apos;%1&apos; needs a target name.</source>
        <translation>Die konstante Spalte &apos;%1&apos; benötigt einen Zielnamen.</translation>
    </message>
    <message>
        <source>The constant &apos;%1&apos; of column &apos;%2&apos; is not a valid %3.</source>
        <translation>Die Konstante &apos;%1&apos; der Spalte &apos;%2&apos; ist kein gültiger Wert vom Typ %3.</translation>
    </message>
    <message>
        <source>A target column has an empty name.</source>
        <translation>Eine Zielspalte hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>Two target columns are named &apos;%1&apos;.</source>
        <translation>Zwei Zielspalten heißen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the record has %1 columns where the source has %2</source>
        <translation>der Datensatz hat %1 Spalten, die Datenquelle hat %2</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not an integer (it has leading zeros)</source>
        <translation>Wert &apos;%1&apos; ist keine ganze Zahl (er hat führende Nullen)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is outside the integer range</source>
        <translation>Wert &apos;%1&apos; liegt außerhalb des Ganzzahlbereichs</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not an integer</source>
        <translation>Wert &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>Wert &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; does not fit decimal(%2,%3)</source>
        <translation>Wert &apos;%1&apos; passt nicht in decimal(%2,%3)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a decimal number (at most %2 digits, no exponent)</source>
        <translation>Wert &apos;%1&apos; ist keine Dezimalzahl (höchstens %2 Ziffern, kein Exponent)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a boolean (true/false, yes/no, t/f, y/n, 1/0)</source>
        <translation>Wert &apos;%1&apos; ist kein Wahrheitswert (true/false, yes/no, t/f, y/n, 1/0)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>Wert &apos;%1&apos; ist kein gültiges Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a valid timestamp (YYYY-MM-DD HH:MM:SS)</source>
        <translation>Wert &apos;%1&apos; ist kein gültiger Zeitstempel (JJJJ-MM-TT HH:MM:SS)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is longer than %2 characters</source>
        <translation>Wert &apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>BrowseCommand</name>
    <message>
        <source>1 bad record in &apos;%1&apos; was skipped:</source>
        <translation>1 fehlerhafter Datensatz in &apos;%1&apos; wurde übersprungen:</translation>
    </message>
    <message>
        <source>%1 bad records in &apos;%2&apos; were skipped:</source>
        <translation>%1 fehlerhafte Datensätze in &apos;%2&apos; wurden übersprungen:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>(column &apos;%1&apos;)</source>
        <translation>(Spalte &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>... and %1 more (see --json)</source>
        <translation>... und %1 weitere (siehe --json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no streams.</source>
        <translation>&apos;%1&apos; hat keine Datenströme.</translation>
    </message>
    <message>
        <source>~%1 rows</source>
        <translation>~%1 Zeilen</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>NATIVE TYPE</source>
        <translation>NATIVER TYP</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>NULL ERLAUBT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream &apos;%2&apos;. Its streams: %3.</source>
        <translation>&apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;. Vorhandene Datenströme: %3.</translation>
    </message>
    <message>
        <source>(1 row of &apos;%1&apos;)</source>
        <translation>(1 Zeile aus &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>(%1 rows of &apos;%2&apos;)</source>
        <translation>(%1 Zeilen aus &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 of %2 columns did not fit in %3 characters and are not shown; use --json, or set COLUMNS for a wider table.</source>
        <translation>Nicht angezeigte Spalten (passen nicht in %3 Zeichen): %1 von %2. Verwenden Sie --json oder setzen Sie COLUMNS für eine breitere Tabelle.</translation>
    </message>
    <message>
        <source>List the streams of a source (files, tables, views) and their columns</source>
        <translation>Datenströme einer Datenquelle (Dateien, Tabellen, Sichten) und ihre Spalten auflisten</translation>
    </message>
    <message>
        <source>NAME is a source of the workspace; otherwise the argument is taken as a file whose type is told by its suffix (.csv, .json, .sqlite...), and no workspace is needed. For each stream: its kind, estimated rows, size and detail, and its columns with type, native type, nullability and primary key.</source>
        <translation>NAME ist eine Datenquelle des Arbeitsbereichs; andernfalls wird das Argument als Datei gelesen, deren Typ sich aus der Dateiendung ergibt (.csv, .json, .sqlite...), und es wird kein Arbeitsbereich benötigt. Für jeden Datenstrom: Art, geschätzte Zeilenzahl, Größe und Details sowie seine Spalten mit Typ, nativem Typ, NULL-Zulässigkeit und Primärschlüssel.</translation>
    </message>
    <message>
        <source>Show the first rows of a source&apos;s stream, or of a file</source>
        <translation>Die ersten Zeilen eines Datenstroms einer Datenquelle oder einer Datei anzeigen</translation>
    </message>
    <message>
        <source>NAME is a source of the workspace; otherwise the argument is taken as a file whose type is told by its suffix, and no workspace is needed. The text table is clipped to the terminal width (cells end in &apos;…&apos;; null cells show as NULL); --json gives every cell: the text as read, &quot;&quot; for an empty field, null for a null. Records that cannot be read are listed on standard error with their line numbers.</source>
        <translation>NAME ist eine Datenquelle des Arbeitsbereichs; andernfalls wird das Argument als Datei gelesen, deren Typ sich aus der Dateiendung ergibt, und es wird kein Arbeitsbereich benötigt. Die Texttabelle wird auf die Terminalbreite gekürzt (gekürzte Zellen enden auf &apos;…&apos;; NULL-Zellen erscheinen als NULL); --json liefert jede Zelle: den Text wie gelesen, &quot;&quot; für ein leeres Feld, null für NULL. Datensätze, die nicht gelesen werden können, werden mit ihren Zeilennummern auf der Standardfehlerausgabe aufgeführt.</translation>
    </message>
    <message>
        <source>The stream to read (see &apos;streams&apos;); default: the first one.</source>
        <translation>Der zu lesende Datenstrom (siehe &apos;streams&apos;); Standard: der erste.</translation>
    </message>
    <message>
        <source>Rows to show, 1 to %1 (default %2).</source>
        <translation>Anzahl der anzuzeigenden Zeilen, 1 bis %1 (Standard: %2).</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>created workspace &apos;%1&apos;</source>
        <translation>Arbeitsbereich &apos;%1&apos; erstellt</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;. &apos;migrateiq-cli sources list&apos; shows the sources.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es keine Datenquelle namens &apos;%1&apos;. &apos;migrateiq-cli sources list&apos; zeigt die Datenquellen an.</translation>
    </message>
    <message>
        <source>Cannot read the secrets of source &apos;%1&apos; (secret store: %2): %3</source>
        <translation>Die Zugangsdaten der Datenquelle &apos;%1&apos; können nicht gelesen werden (Zugangsdatenspeicher: %2): %3</translation>
    </message>
    <message>
        <source>The secret field(s) %1 of source &apos;%2&apos; are missing from the secret store (%3). Enter them again with: migrateiq-cli sources edit &quot;%2&quot; --secret-stdin</source>
        <translation>Im Zugangsdatenspeicher (%3) fehlen geheime Felder der Datenquelle &apos;%2&apos;: %1. Geben Sie sie erneut ein mit: migrateiq-cli sources edit &quot;%2&quot; --secret-stdin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give a file or the name of a source.</source>
        <translation>&apos;%1&apos; ist ein Ordner; geben Sie eine Datei oder den Namen einer Datenquelle an.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;, and no file &apos;%1&apos;.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es keine Datenquelle namens &apos;%1&apos;, und es gibt keine Datei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos; (and no workspace &apos;%2&apos; with a source of that name).</source>
        <translation>Es gibt keine Datei &apos;%1&apos; (und keinen Arbeitsbereich &apos;%2&apos; mit einer Datenquelle dieses Namens).</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnProfiler</name>
    <message>
        <source>Dates written with &apos;%1&apos; are read as %2 by convention: all %3 of them have both parts at most 12, so the data cannot tell day from month.</source>
        <translation>Mit &apos;%1&apos; geschriebene Datumswerte werden per Konvention als %2 gelesen: Bei allen %3 sind beide Teile höchstens 12, daher lässt sich aus den Daten nicht erkennen, was Tag und was Monat ist.</translation>
    </message>
    <message>
        <source>Dates written with &apos;%1&apos; are read as %2: %3 of %4 such values only make sense in that order (a part above 12 where the day goes) and none contradicts it.</source>
        <translation>Mit &apos;%1&apos; geschriebene Datumswerte werden als %2 gelesen: %3 von %4 solchen Werten ergeben nur in dieser Reihenfolge Sinn (ein Teil über 12 an der Stelle des Tags), und keiner widerspricht ihr.</translation>
    </message>
    <message>
        <source>Dates written with &apos;%1&apos; are read as %2: %3 values only fit that order against %4 that only fit %5 (those %4 are counted as not fitting).</source>
        <translation>Mit &apos;%1&apos; geschriebene Datumswerte werden als %2 gelesen: %3 Werte passen nur zu dieser Reihenfolge, %4 dagegen nur zu %5 (diese %4 gelten als nicht passend).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The workspace file (*.miq). Default: $MIQ_WORKSPACE, else %1. Created when missing (except by commands that do not need one).</source>
        <translation>Die Arbeitsbereichsdatei (*.miq). Standard: $MIQ_WORKSPACE, sonst %1. Wird angelegt, wenn sie fehlt (außer von Befehlen, die keine benötigen).</translation>
    </message>
    <message>
        <source>Write results to standard output as JSON. Errors still go to standard error as text.</source>
        <translation>Ergebnisse als JSON auf die Standardausgabe schreiben. Fehler gehen weiterhin als Text auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de or fr (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen, z. B. de oder fr (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. &apos;%2 --help&apos; zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2. Run &apos;%3 %1 --help&apos; for details.</source>
        <translation>&apos;%1&apos; benötigt einen Unterbefehl: %2. Details zeigt &apos;%3 %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; &apos;%1&apos; has: %3. Run &apos;%4 %1 --help&apos; for details.</source>
        <translation>Unbekannter Befehl &apos;%1 %2&apos;; &apos;%1&apos; bietet: %3. Details zeigt &apos;%4 %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Die Verwendung zeigt &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. %2</source>
        <translation>Unerwartetes Argument &apos;%1&apos;. %2</translation>
    </message>
    <message>
        <source>Missing argument: %1 %2. %3</source>
        <translation>Fehlendes Argument: %1 %2. %3</translation>
    </message>
    <message>
        <source>--workspace needs a file name. %1</source>
        <translation>--workspace benötigt einen Dateinamen. %1</translation>
    </message>
    <message>
        <source>%1 %2 (Qt %3, workspace schema %4)</source>
        <translation>%1 %2 (Qt %3, Arbeitsbereichsschema %4)</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  runtime failure (connection failed, read or write error)
  2  usage error (bad arguments, unknown command, source or type, invalid settings)
  3  the workspace cannot be opened (corrupt, locked, read-only, from a newer version)
  4  the keychain failed (secrets could not be stored or read)
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  Laufzeitfehler (Verbindung fehlgeschlagen, Lese- oder Schreibfehler)
  2  Aufruffehler (ungültige Argumente, unbekannter Befehl, unbekannte Datenquelle oder unbekannter Typ, ungültige Einstellungen)
  3  der Arbeitsbereich kann nicht geöffnet werden (beschädigt, gesperrt, schreibgeschützt, von einer neueren Version)
  4  Fehler im Schlüsselbund (Zugangsdaten konnten nicht gespeichert oder gelesen werden)
</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace FILE] [--json] [--lang L] COMMAND [ARGUMENTS...]

</source>
        <translation>Aufruf: %1 [--workspace FILE] [--json] [--lang L] COMMAND [ARGUMENTS...]

</translation>
    </message>
    <message>
        <source>MigrateIQ on the command line: manage the data sources of a workspace, list what they contain and preview their rows, from scripts, schedulers and CI.</source>
        <translation>MigrateIQ auf der Kommandozeile: die Datenquellen eines Arbeitsbereichs verwalten, ihren Inhalt auflisten und eine Vorschau ihrer Zeilen anzeigen – aus Skripten, Schedulern und CI.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options (accepted before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebungsvariablen:</translation>
    </message>
    <message>
        <source>The default workspace file.</source>
        <translation>Die Standard-Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>&apos;memory&apos; keeps secrets in this process&apos;s memory instead of the keychain, for tests: they are forgotten when the command exits.</source>
        <translation>&apos;memory&apos; hält Zugangsdaten für Tests im Speicher dieses Prozesses statt im Schlüsselbund; beim Ende des Befehls gehen sie verloren.</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>&apos;%1 COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2 SUBCOMMAND [ARGUMENTS...]

</source>
        <translation>Aufruf: %1 [globale Optionen] %2 SUBCOMMAND [ARGUMENTS...]

</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 SUBCOMMAND --help&apos; for the options of a subcommand.</source>
        <translation>&apos;%1 %2 SUBCOMMAND --help&apos; zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2

</source>
        <translation>Aufruf: %1 [globale Optionen] %2

</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>  130  a sync run was interrupted (Ctrl-C); run the same command again to resume it
A sync run (&apos;sync&apos;, &apos;jobs run&apos;) that fails or whose verification finds a mismatch exits with 1.
</source>
        <translation>  130  ein Sync-Lauf wurde unterbrochen (Strg+C); derselbe Befehl setzt ihn fort
Ein Sync-Lauf (&apos;sync&apos;, &apos;jobs run&apos;), der fehlschlägt oder bei dessen Prüfung eine Abweichung gefunden wird, endet mit 1.
</translation>
    </message>
    <message>
        <source>Copy their data into SQLite, CSV or NDJSON files with &apos;sync&apos; or saved &apos;jobs&apos;: resumable after a crash or Ctrl-C, verified at the end, bad rows quarantined (&apos;errors&apos;).</source>
        <translation>Ihre Daten mit &apos;sync&apos; oder gespeicherten &apos;jobs&apos; in SQLite-, CSV- oder NDJSON-Dateien kopieren: fortsetzbar nach einem Absturz oder Strg+C, am Ende geprüft, fehlerhafte Zeilen in Quarantäne (&apos;errors&apos;).</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>Unknown connector type &apos;%1&apos;.</source>
        <translation>Unbekannter Konnektortyp &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Das Feld „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>Das Feld „%1“ muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>Das Feld „%1“ muss einen dieser Werte haben: %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;.</source>
        <translation>Das Feld „%1“ muss true oder false sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 has no setting &apos;%2&apos;.</source>
        <translation>Der Typ %1 hat keine Einstellung &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is secret and is not stored with the other settings.</source>
        <translation>Das Feld „%1“ ist geheim und wird nicht mit den anderen Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2</source>
        <translation>Datenquelle &apos;%1&apos; ist nicht richtig konfiguriert: %2</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has an unknown connector type &apos;%2&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; hat einen unbekannten Konnektortyp &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot tell which kind of file &apos;%1&apos; is from its suffix &apos;.%2&apos;. Add it as a source with an explicit type instead.</source>
        <translation>Anhand der Endung &apos;.%2&apos; lässt sich nicht erkennen, welche Art von Datei &apos;%1&apos; ist. Fügen Sie sie stattdessen als Datenquelle mit ausdrücklich angegebenem Typ hinzu.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) cannot be written to; choose a database or a file as the destination.</source>
        <translation>In Datenquelle &apos;%1&apos; (%2) kann nicht geschrieben werden; wählen Sie eine Datenbank oder eine Datei als Ziel.</translation>
    </message>
</context>
<context>
    <name>CsvConnector</name>
    <message>
        <source>Delimited text (CSV/TSV)</source>
        <translation>Text mit Trennzeichen (CSV/TSV)</translation>
    </message>
    <message>
        <source>Comma-, tab-, semicolon- or pipe-separated text files: one file, or a folder or pattern of files read as one table.</source>
        <translation>Durch Komma, Tabulator, Semikolon oder senkrechten Strich getrennte Textdateien: eine Datei oder ein Ordner bzw. Muster von Dateien, die als eine Tabelle gelesen werden.</translation>
    </message>
    <message>
        <source>File, folder or pattern</source>
        <translation>Datei, Ordner oder Muster</translation>
    </message>
    <message>
        <source>A file, a folder of delimited files, or a pattern such as /data/*.csv. Several files are read in name order as one table and must share their header.</source>
        <translation>Eine Datei, ein Ordner mit Dateien mit Trennzeichen oder ein Muster wie /data/*.csv. Mehrere Dateien werden in Namensreihenfolge als eine Tabelle gelesen und müssen dieselbe Kopfzeile haben.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>auto, comma, semicolon, tab, pipe, space or any single character.</source>
        <translation>auto, comma, semicolon, tab, pipe, space oder ein beliebiges einzelnes Zeichen.</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>The character around fields that hold delimiters or line breaks; none for files without quoting.</source>
        <translation>Das Zeichen, das Felder mit Trennzeichen oder Zeilenumbrüchen umschließt; none für Dateien ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
        <source>auto guesses from the first rows: a header is distinct text above numbers or dates.</source>
        <translation>auto ermittelt das anhand der ersten Zeilen: Eine Kopfzeile ist eigenständiger Text über Zahlen oder Datumswerten.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>auto reads a byte order mark, checks for UTF-8 and otherwise guesses the encoding from the bytes.</source>
        <translation>auto liest eine Byte-Order-Markierung (BOM), prüft auf UTF-8 und errät die Kodierung sonst anhand der Bytes.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no file path.</source>
        <translation>Datenquelle &apos;%1&apos; hat keinen Dateipfad.</translation>
    </message>
    <message>
        <source>Cannot open the folder &apos;%1&apos; in source &apos;%2&apos;: No such file or directory</source>
        <translation>Der Ordner &apos;%1&apos; in Datenquelle &apos;%2&apos; kann nicht geöffnet werden: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>No files match &apos;%1&apos; in source &apos;%2&apos;.</source>
        <translation>Keine Dateien passen zu &apos;%1&apos; in Datenquelle &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; in source &apos;%2&apos; has no delimited text files (%3).</source>
        <translation>Der Ordner &apos;%1&apos; in Datenquelle &apos;%2&apos; enthält keine Textdateien mit Trennzeichen (%3).</translation>
    </message>
    <message>
        <source>The delimiter &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, comma, semicolon, tab, pipe, space or a single character.</source>
        <translation>Das Trennzeichen &apos;%1&apos; der Datenquelle &apos;%2&apos; ist ungültig: Verwenden Sie auto, comma, semicolon, tab, pipe, space oder ein einzelnes Zeichen.</translation>
    </message>
    <message>
        <source>The quote character &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, &quot;, &apos; or none.</source>
        <translation>Das Anführungszeichen &apos;%1&apos; der Datenquelle &apos;%2&apos; ist ungültig: Verwenden Sie auto, &quot;, &apos; oder none.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; uses the same character as delimiter and quote.</source>
        <translation>Datenquelle &apos;%1&apos; verwendet dasselbe Zeichen als Trenn- und als Anführungszeichen.</translation>
    </message>
    <message>
        <source>The header setting &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, yes or no.</source>
        <translation>Die Kopfzeilen-Einstellung &apos;%1&apos; der Datenquelle &apos;%2&apos; ist ungültig: Verwenden Sie auto, yes oder no.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; of source &apos;%2&apos; is not supported.</source>
        <translation>Die Kodierung &apos;%1&apos; der Datenquelle &apos;%2&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>tab delimited</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <source>space delimited</source>
        <translation>leerzeichengetrennt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; delimited</source>
        <translation>getrennt durch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>single-quoted</source>
        <translation>einfache Anführungszeichen</translation>
    </message>
    <message>
        <source>no quoting</source>
        <translation>ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>no columns (the file is empty)</source>
        <translation>keine Spalten (die Datei ist leer)</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;; its only stream is &apos;%3&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;; ihr einziger Datenstrom ist &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>CsvDestination</name>
    <message>
        <source>Cannot append to &apos;%1&apos;: its header row does not match the target columns (%2). File columns: %3. Target columns: %4.</source>
        <translation>An &apos;%1&apos; kann nicht angehängt werden: Die Kopfzeile passt nicht zu den Zielspalten (%2). Spalten der Datei: %3. Zielspalten: %4.</translation>
    </message>
    <message>
        <source>column %1 is &apos;%2&apos; in the file but &apos;%3&apos; in the target</source>
        <translation>Spalte %1 ist &apos;%2&apos; in der Datei, aber &apos;%3&apos; im Ziel</translation>
    </message>
    <message>
        <source>the file has %1 columns, the target %2</source>
        <translation>die Datei hat %1 Spalten, das Ziel %2</translation>
    </message>
    <message>
        <source>record %1, column &apos;%2&apos;: the value is out of range.</source>
        <translation>Datensatz %1, Spalte &apos;%2&apos;: Der Wert liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; back cannot resume from a position.</source>
        <translation>Das Zurücklesen von &apos;%1&apos; kann nicht an einer Position fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: its header row (%2) is not the target&apos;s columns (%3).</source>
        <translation>&apos;%1&apos; kann nicht zurückgelesen werden: Die Kopfzeile (%2) entspricht nicht den Zielspalten (%3).</translation>
    </message>
</context>
<context>
    <name>CsvReadBack</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of %1</source>
        <translation>
            <numerusform>%n Feld statt %1</numerusform>
            <numerusform>%n Felder statt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Source &apos;%1&apos; has no files to read.</source>
        <translation>Datenquelle &apos;%1&apos; hat keine Dateien zum Lesen.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos; in source &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; in Datenquelle &apos;%2&apos; kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in source &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; in Datenquelle &apos;%2&apos; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in source &apos;%2&apos;: the encoding &apos;%3&apos; is not supported.</source>
        <translation>&apos;%1&apos; in Datenquelle &apos;%2&apos; kann nicht gelesen werden: Die Kodierung &apos;%3&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in source &apos;%2&apos; does not have the same header as &apos;%3&apos; (%4 instead of %5); the files of a folder or pattern are read as one table and must share their columns.</source>
        <translation>&apos;%1&apos; in Datenquelle &apos;%2&apos; hat nicht dieselbe Kopfzeile wie &apos;%3&apos; (%4 statt %5); die Dateien eines Ordners oder Musters werden als eine Tabelle gelesen und müssen dieselben Spalten haben.</translation>
    </message>
    <message>
        <source>The record at line %1 of &apos;%2&apos; in source &apos;%3&apos; is longer than %4 MiB; is a quote left open?</source>
        <translation>Der Datensatz in Zeile %1 von &apos;%2&apos; in Datenquelle &apos;%3&apos; ist länger als %4 MiB; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; in source &apos;%2&apos; was cancelled.</source>
        <translation>Das Lesen von &apos;%1&apos; in Datenquelle &apos;%2&apos; wurde abgebrochen.</translation>
    </message>
    <message>
        <source>unterminated quoted field: the closing quote is missing</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen: Das schließende Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence in column &apos;%1&apos;</source>
        <translation>ungültige UTF-8-Bytefolge in Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 in column &apos;%2&apos;</source>
        <translation>ungültige %1-Bytes in Spalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The settings of source &apos;%1&apos; have changed since the interrupted run; start over with --full.</source>
        <translation>Die Einstellungen der Datenquelle &apos;%1&apos; haben sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is gone</source>
        <translation>&apos;%1&apos; ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is new</source>
        <translation>&apos;%1&apos; ist neu</translation>
    </message>
    <message>
        <source>their order changed</source>
        <translation>ihre Reihenfolge hat sich geändert</translation>
    </message>
    <message>
        <source>The files of source &apos;%1&apos; have changed since the interrupted run (%2); start over with --full.</source>
        <translation>Die Dateien der Datenquelle &apos;%1&apos; haben sich seit dem unterbrochenen Lauf geändert (%2); beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in source &apos;%2&apos; has changed since the interrupted run; start over with --full.</source>
        <translation>&apos;%1&apos; in Datenquelle &apos;%2&apos; hat sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of source &apos;%1&apos; is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position der Datenquelle &apos;%1&apos; ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in source &apos;%2&apos; in parts: byte %3 lies inside a record.</source>
        <translation>Kann &apos;%1&apos; in Datenquelle &apos;%2&apos; nicht in Teilen lesen: Byte %3 liegt innerhalb eines Datensatzes.</translation>
    </message>
</context>
<context>
    <name>CsvResumeToken</name>
    <message>
        <source>The saved position of source &apos;%1&apos; is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position der Datenquelle &apos;%1&apos; ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;</source>
        <translation>Datenquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation>Text mit Trennzeichen</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot copy the sample &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>Das Beispiel &apos;%1&apos; kann nicht nach &apos;%2&apos; kopiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the sample &apos;%1&apos;: %2</source>
        <translation>Das Beispiel &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the demo workspace.</source>
        <translation>Der Ordner &apos;%1&apos; für den Demo-Arbeitsbereich kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation>Kunden (CSV)</translation>
    </message>
    <message>
        <source>Orders (JSON)</source>
        <translation>Bestellungen (JSON)</translation>
    </message>
    <message>
        <source>App events (NDJSON)</source>
        <translation>App-Ereignisse (NDJSON)</translation>
    </message>
    <message>
        <source>Shop database (SQLite)</source>
        <translation>Shop-Datenbank (SQLite)</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>the run has not begun.</source>
        <translation>der Lauf hat nicht begonnen.</translation>
    </message>
    <message>
        <source>an earlier write failed; the run must be aborted or resumed.</source>
        <translation>ein früherer Schreibvorgang ist fehlgeschlagen; der Lauf muss abgebrochen oder fortgesetzt werden.</translation>
    </message>
    <message>
        <source>a batch has %1 columns, the target %2.</source>
        <translation>ein Stapel hat %1 Spalten, das Ziel %2.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of a batch is %2, the target column is %3.</source>
        <translation>Spalte &apos;%1&apos; eines Stapels ist %2, die Zielspalte ist %3.</translation>
    </message>
</context>
<context>
    <name>FileDestination</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: its run has not finished.</source>
        <translation>&apos;%1&apos; kann nicht zurückgelesen werden: Sein Lauf ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: no run has written it.</source>
        <translation>&apos;%1&apos; kann nicht zurückgelesen werden: Kein Lauf hat es geschrieben.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on &apos;%2&apos;: run &apos;%3&apos; is still writing it.</source>
        <translation>Lauf &apos;%1&apos; kann nicht für &apos;%2&apos; gestartet werden: Lauf &apos;%3&apos; schreibt noch hinein.</translation>
    </message>
    <message>
        <source>%1 files cannot be upserted (there is no key to look rows up by); use replace or append.</source>
        <translation>In %1-Dateien ist kein Upsert möglich (es gibt keinen Schlüssel zum Nachschlagen von Zeilen); verwenden Sie replace oder append.</translation>
    </message>
    <message>
        <source>the target has no columns.</source>
        <translation>das Ziel hat keine Spalten.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice.</source>
        <translation>Spalte &apos;%1&apos; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>it is a directory.</source>
        <translation>es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>run &apos;%1&apos; was started in %2 mode and cannot resume in %3 mode.</source>
        <translation>Lauf &apos;%1&apos; wurde im Modus %2 gestartet und kann nicht im Modus %3 fortgesetzt werden.</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot truncate &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gekürzt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove the old checkpoint &apos;%1&apos;.</source>
        <translation>der alte Checkpoint &apos;%1&apos; kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot append to &apos;%1&apos;: %2</source>
        <translation>An &apos;%1&apos; kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to it: %2</source>
        <translation>&apos;%1&apos; kann nicht in diesen Namen umbenannt werden: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Cannot resume writing &apos;%1&apos;: the checkpoint file &apos;%2&apos; is unusable (%3). Start the run over instead of resuming it.</source>
        <translation>Das Schreiben von &apos;%1&apos; kann nicht fortgesetzt werden: Die Checkpoint-Datei &apos;%2&apos; ist unbrauchbar (%3). Starten Sie den Lauf neu, statt ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>missing or invalid fields</source>
        <translation>fehlende oder ungültige Felder</translation>
    </message>
    <message>
        <source>it was changed by another program during the run (it is shorter than when the run started).</source>
        <translation>die Datei wurde während des Laufs von einem anderen Programm geändert (sie ist kürzer als beim Start des Laufs).</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FileDestinations</name>
    <message>
        <source>.sqlite, .sqlite3 or .db (SQLite database), .csv (CSV), .ndjson or .jsonl (NDJSON)</source>
        <translation>.sqlite, .sqlite3 oder .db (SQLite-Datenbank), .csv (CSV), .ndjson oder .jsonl (NDJSON)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the file name has no suffix to tell its format. Use %2.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: Der Dateiname hat keine Endung, die das Format angibt. Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: &apos;.%2&apos; files are not a destination format. Use %3.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: &apos;.%2&apos;-Dateien sind kein Zielformat. Verwenden Sie %3.</translation>
    </message>
</context>
<context>
    <name>FileReadBack</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; back was cancelled.</source>
        <translation>Das Zurücklesen von &apos;%1&apos; wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>IncrementalFilter</name>
    <message>
        <source>The cursor column &apos;%1&apos; is empty, so an incremental run cannot tell whether this row was loaded before.</source>
        <translation>Die Cursor-Spalte &apos;%1&apos; ist leer, daher kann ein inkrementeller Lauf nicht erkennen, ob diese Zeile bereits geladen wurde.</translation>
    </message>
</context>
<context>
    <name>JobDefinition</name>
    <message>
        <source>Job &apos;%1&apos; has an unknown write mode &apos;%2&apos;.</source>
        <translation>Job &apos;%1&apos; hat einen unbekannten Schreibmodus &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: column &apos;%2&apos; has an unknown type &apos;%3&apos;.</source>
        <translation>Job &apos;%1&apos;: Spalte &apos;%2&apos; hat einen unbekannten Typ &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: column &apos;%2&apos; has an unknown mask &apos;%3&apos;.</source>
        <translation>Job &apos;%1&apos;: Spalte &apos;%2&apos; hat eine unbekannte Maskierung &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Choose a source or a source file.</source>
        <translation>Wählen Sie eine Datenquelle oder eine Quelldatei.</translation>
    </message>
    <message>
        <source>Upsert needs the key columns that identify a row.</source>
        <translation>Upsert benötigt die Schlüsselspalten, die eine Zeile identifizieren.</translation>
    </message>
    <message>
        <source>The error budget cannot exceed 100%.</source>
        <translation>Das Fehlerbudget kann 100&#xa0;% nicht überschreiten.</translation>
    </message>
    <message>
        <source>Upsert needs a database destination; a CSV or NDJSON file can be replaced or appended to.</source>
        <translation>Upsert benötigt ein Datenbankziel; eine CSV- oder NDJSON-Datei kann ersetzt oder ergänzt werden.</translation>
    </message>
    <message>
        <source>Choose a destination file or database.</source>
        <translation>Wählen Sie eine Zieldatei oder -datenbank.</translation>
    </message>
    <message>
        <source>An incremental job (cursor column &apos;%1&apos;) appends or upserts; replacing the table would drop the rows earlier runs loaded.</source>
        <translation>Ein inkrementeller Job (Cursor-Spalte &apos;%1&apos;) hängt an oder führt ein Upsert aus; ein Ersetzen der Tabelle würde die Zeilen früherer Läufe verwerfen.</translation>
    </message>
    <message>
        <source>The cursor column &apos;%1&apos; must be copied unmasked: runs compare its values.</source>
        <translation>Die Cursor-Spalte &apos;%1&apos; muss unmaskiert kopiert werden: Läufe vergleichen ihre Werte.</translation>
    </message>
</context>
<context>
    <name>JobDestination</name>
    <message>
        <source>Job &apos;%1&apos; writes to a workspace source that could not be found.</source>
        <translation>Job &apos;%1&apos; schreibt in eine Datenquelle des Arbeitsbereichs, die nicht gefunden wurde.</translation>
    </message>
</context>
<context>
    <name>JobMappingCli</name>
    <message>
        <source>Rename source column SRC to TARGET (repeatable).</source>
        <translation>Quellspalte SRC in TARGET umbenennen (wiederholbar).</translation>
    </message>
    <message>
        <source>Leave column COL out (repeatable).</source>
        <translation>Spalte COL auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>Give column COL the type TYPE instead of the inferred one: %1%2 (repeatable).</source>
        <translation>Spalte COL den Typ TYPE statt des ermittelten geben: %1%2 (wiederholbar).</translation>
    </message>
    <message>
        <source>; &apos;auto&apos; goes back to the inferred type</source>
        <translation>; &apos;auto&apos; kehrt zum ermittelten Typ zurück</translation>
    </message>
    <message>
        <source>Add a column COL holding VALUE on every row (repeatable).</source>
        <translation>Eine Spalte COL hinzufügen, die in jeder Zeile VALUE enthält (wiederholbar).</translation>
    </message>
    <message>
        <source>Mask column COL: hash (SHA-256 with the workspace&apos;s salt: joinable, not reversible) or redact%1 (repeatable).</source>
        <translation>Spalte COL maskieren: hash (SHA-256 mit dem Salt des Arbeitsbereichs: verknüpfbar, nicht umkehrbar) oder redact%1 (wiederholbar).</translation>
    </message>
    <message>
        <source>; &apos;none&apos; removes the mask</source>
        <translation>; &apos;none&apos; entfernt die Maskierung</translation>
    </message>
    <message>
        <source>Add a column _miq_run_id with the run&apos;s id.</source>
        <translation>Eine Spalte _miq_run_id mit der ID des Laufs hinzufügen.</translation>
    </message>
    <message>
        <source>Add a column _miq_loaded_at with the time the run started.</source>
        <translation>Eine Spalte _miq_loaded_at mit der Startzeit des Laufs hinzufügen.</translation>
    </message>
    <message>
        <source>Copy an excluded column again (repeatable).</source>
        <translation>Eine ausgelassene Spalte wieder kopieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Forget the column mapping: copy every source column as is (other column options then apply to that).</source>
        <translation>Die Spaltenzuordnung verwerfen: jede Quellspalte unverändert kopieren (andere Spaltenoptionen gelten dann dafür).</translation>
    </message>
    <message>
        <source>Drop the _miq_run_id column.</source>
        <translation>Die Spalte _miq_run_id entfernen.</translation>
    </message>
    <message>
        <source>Drop the _miq_loaded_at column.</source>
        <translation>Die Spalte _miq_loaded_at entfernen.</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other.</source>
        <translation>--%1 und --%2 widersprechen sich.</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;.</source>
        <translation>--%1 benötigt %2, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no column &apos;%2&apos;. Its columns: %3.</source>
        <translation>&apos;%1&apos; hat keine Spalte &apos;%2&apos;. Vorhandene Spalten: %3.</translation>
    </message>
    <message>
        <source>--map %1= needs the new name of the column.</source>
        <translation>--map %1= benötigt den neuen Namen der Spalte.</translation>
    </message>
    <message>
        <source>--cast %1=%2: the type must be one of %3%4.</source>
        <translation>--cast %1=%2: Der Typ muss einer von %3%4 sein.</translation>
    </message>
    <message>
        <source>, or auto</source>
        <translation> oder auto</translation>
    </message>
    <message>
        <source>--mask %1=%2: the mask must be hash or redact%3.</source>
        <translation>--mask %1=%2: Die Maskierung muss hash oder redact%3 sein.</translation>
    </message>
    <message>
        <source>, or none</source>
        <translation> oder none</translation>
    </message>
    <message>
        <source>Two columns would be named &apos;%1&apos; in the target; rename one with --map.</source>
        <translation>Im Ziel hießen zwei Spalten &apos;%1&apos;; benennen Sie eine mit --map um.</translation>
    </message>
    <message>
        <source>The mapping leaves no column to copy.</source>
        <translation>Die Zuordnung lässt keine Spalte zum Kopieren übrig.</translation>
    </message>
    <message>
        <source>Columns: every source column as is, with inferred types.</source>
        <translation>Spalten: jede Quellspalte unverändert, mit ermittelten Typen.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASKE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>constant &apos;%1&apos;</source>
        <translation>Konstante &apos;%1&apos;</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(ermittelt)</translation>
    </message>
    <message>
        <source>Run metadata columns: %1</source>
        <translation>Metadatenspalten des Laufs: %1</translation>
    </message>
</context>
<context>
    <name>JobSource</name>
    <message>
        <source>Choose a source or a source file.</source>
        <translation>Wählen Sie eine Datenquelle oder eine Quelldatei.</translation>
    </message>
    <message>
        <source>Cannot read the secrets of source &apos;%1&apos;: %2</source>
        <translation>Die Zugangsdaten der Datenquelle &apos;%1&apos; können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>Cannot read the jobs of workspace &apos;%1&apos;: %2</source>
        <translation>Die Jobs des Arbeitsbereichs &apos;%1&apos; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no job #%1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Job #%1.</translation>
    </message>
    <message>
        <source>There is no job named &apos;%1&apos; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Job namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation>Ein Job benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists.</source>
        <translation>Ein Job namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot add job &apos;%1&apos;: %2</source>
        <translation>Job &apos;%1&apos; kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save job &apos;%1&apos;: %2</source>
        <translation>Job &apos;%1&apos; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove job #%1: %2</source>
        <translation>Job #%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the cursor of job #%1: %2</source>
        <translation>Der Cursor von Job #%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the runs of workspace &apos;%1&apos;: %2</source>
        <translation>Die Läufe des Arbeitsbereichs &apos;%1&apos; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 The process running this run ended before it finished; the run can be resumed.
</source>
        <translation>%1 Der Prozess dieses Laufs wurde beendet, bevor der Lauf abgeschlossen war; der Lauf kann fortgesetzt werden.
</translation>
    </message>
    <message>
        <source>Cannot update run #%1: %2</source>
        <translation>Lauf #%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record a new run in workspace &apos;%1&apos;: %2</source>
        <translation>Im Arbeitsbereich &apos;%1&apos; kann kein neuer Lauf gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read run #%1: %2</source>
        <translation>Lauf #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no run #%1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Lauf #%1.</translation>
    </message>
    <message>
        <source>%1 Resuming from the last checkpoint.
</source>
        <translation>%1 Fortsetzung ab dem letzten Checkpoint.
</translation>
    </message>
    <message>
        <source>Cannot resume run #%1: %2</source>
        <translation>Lauf #%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Run #%1 is not interrupted, or another process resumed it.</source>
        <translation>Lauf #%1 ist nicht unterbrochen, oder ein anderer Prozess hat ihn fortgesetzt.</translation>
    </message>
    <message>
        <source>Cannot record the progress of run #%1: %2</source>
        <translation>Der Fortschritt von Lauf #%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the end of run #%1: %2</source>
        <translation>Das Ende von Lauf #%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the log of run #%1: %2</source>
        <translation>Das Protokoll von Lauf #%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot quarantine rows of run #%1: %2</source>
        <translation>Zeilen von Lauf #%1 können nicht in Quarantäne gestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the quarantined rows of run #%1: %2</source>
        <translation>Die Quarantäne-Zeilen von Lauf #%1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot count the quarantined rows of run #%1: %2</source>
        <translation>Die Quarantäne-Zeilen von Lauf #%1 können nicht gezählt werden: %2</translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>source #%1 (removed)</source>
        <translation>Datenquelle #%1 (entfernt)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>Tabelle &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>(the stream&apos;s name)</source>
        <translation>(Name des Datenstroms)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>stop at the first bad row</source>
        <translation>beim ersten fehlerhaften Datensatz anhalten</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>more than %1% of the rows</source>
        <translation>mehr als %1&#xa0;% der Zeilen</translation>
    </message>
    <message>
        <source>quarantine bad rows and go on</source>
        <translation>fehlerhafte Zeilen in Quarantäne stellen und fortfahren</translation>
    </message>
    <message>
        <source>quarantine bad rows; fail after %1</source>
        <translation>fehlerhafte Zeilen in Quarantäne stellen; Abbruch nach %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>No runs yet. Run it with: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>Noch keine Läufe. Führen Sie den Job aus mit: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Last runs:</source>
        <translation>Letzte Läufe:</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>VERIFICATION</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>%1 written, %2 quarantined</source>
        <translation>%1 geschrieben, %2 in Quarantäne</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in source &apos;%2&apos;</source>
        <translation>Tabelle &apos;%1&apos; in Datenquelle &apos;%2&apos;</translation>
    </message>
    <message>
        <source>(incremental by %1)</source>
        <translation>(inkrementell nach %1)</translation>
    </message>
    <message>
        <source>(incremental by %1, rows matched by %2)</source>
        <translation>(inkrementell nach %1, Zeilen zugeordnet über %2)</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>--stop-on-error and --no-stop-on-error contradict each other.</source>
        <translation>--stop-on-error und --no-stop-on-error widersprechen sich.</translation>
    </message>
    <message>
        <source>Give either --source or --file, not both.</source>
        <translation>Geben Sie entweder --source oder --file an, nicht beides.</translation>
    </message>
    <message>
        <source>Key column &apos;%1&apos; is not a column of the target. Its columns: %2.</source>
        <translation>Schlüsselspalte &apos;%1&apos; ist keine Spalte des Ziels. Vorhandene Spalten: %2.</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; is the file the job reads from; write to another file.</source>
        <translation>Ziel &apos;%1&apos; ist die Datei, aus der der Job liest; schreiben Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; is not valid:
  %2</source>
        <translation>Job &apos;%1&apos; ist ungültig:
  %2</translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation>Ein Job benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Say what the job reads: --source SOURCE[:STREAM] (a source of the workspace) or --file FILE[:STREAM].</source>
        <translation>Geben Sie an, was der Job liest: --source SOURCE[:STREAM] (eine Datenquelle des Arbeitsbereichs) oder --file FILE[:STREAM].</translation>
    </message>
    <message>
        <source>Say where the job writes: --dest FILE (.sqlite, .sqlite3, .db, .csv, .ndjson or .jsonl).</source>
        <translation>Geben Sie an, wohin der Job schreibt: --dest FILE (.sqlite, .sqlite3, .db, .csv, .ndjson oder .jsonl).</translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists.</source>
        <translation>Ein Job namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Added job &apos;%1&apos; (#%2). Run it with: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>Job &apos;%1&apos; hinzugefügt (#%2). Führen Sie ihn aus mit: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing to change in job &apos;%1&apos;. Run &apos;migrateiq-cli jobs edit --help&apos; for the options.</source>
        <translation>Nichts zu ändern an Job &apos;%1&apos;. Die Optionen zeigt &apos;migrateiq-cli jobs edit --help&apos;.</translation>
    </message>
    <message>
        <source>Updated job &apos;%1&apos;.</source>
        <translation>Job &apos;%1&apos; aktualisiert.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No jobs yet. Add one with: migrateiq-cli jobs add NAME --source SOURCE --dest FILE</source>
        <translation>Noch keine Jobs. Fügen Sie einen hinzu mit: migrateiq-cli jobs add NAME --source SOURCE --dest FILE</translation>
    </message>
    <message>
        <source>Removed job &apos;%1&apos;. Its runs stay in the history.</source>
        <translation>Job &apos;%1&apos; entfernt. Seine Läufe bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>run: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>führen Sie aus: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read a source of the workspace (and one of its streams).</source>
        <translation>Eine Datenquelle des Arbeitsbereichs lesen (und einen ihrer Datenströme).</translation>
    </message>
    <message>
        <source>Read a file (its type is told by its suffix).</source>
        <translation>Eine Datei lesen (ihr Typ ergibt sich aus der Dateiendung).</translation>
    </message>
    <message>
        <source>Without mapping options the job copies every source column as is, with the types a full pass over the data infers. The first mapping option lists the stream&apos;s columns (the source is read for that), so one column can be renamed, left out, cast or masked without naming the others; columns added to the source later are then not copied until the job is edited. Nothing runs: use &apos;jobs run NAME&apos;.</source>
        <translation>Ohne Zuordnungsoptionen kopiert der Job jede Quellspalte unverändert, mit den Typen, die ein vollständiger Durchlauf über die Daten ermittelt. Die erste Zuordnungsoption listet die Spalten des Datenstroms auf (dazu wird die Datenquelle gelesen), sodass eine Spalte umbenannt, ausgelassen, umgewandelt oder maskiert werden kann, ohne die anderen zu nennen; später zur Datenquelle hinzugefügte Spalten werden dann erst kopiert, wenn der Job bearbeitet wird. Es wird nichts ausgeführt: Verwenden Sie &apos;jobs run NAME&apos;.</translation>
    </message>
    <message>
        <source>Change a job: only the parts given are replaced</source>
        <translation>Einen Job ändern: Nur die angegebenen Teile werden ersetzt</translation>
    </message>
    <message>
        <source>Takes the options of &apos;jobs add&apos;; what is not mentioned keeps its value. --key replaces the key list (--key &quot;&quot; clears it), --table &quot;&quot; goes back to the stream&apos;s name, --max-errors none and --max-error-percent none remove a limit.</source>
        <translation>Akzeptiert die Optionen von &apos;jobs add&apos;; was nicht genannt wird, behält seinen Wert. --key ersetzt die Schlüsselliste (--key &quot;&quot; leert sie), --table &quot;&quot; kehrt zum Namen des Datenstroms zurück, --max-errors none und --max-error-percent none entfernen eine Grenze.</translation>
    </message>
    <message>
        <source>Rename the job.</source>
        <translation>Den Job umbenennen.</translation>
    </message>
    <message>
        <source>Quarantine bad rows and go on (within the error budget).</source>
        <translation>Fehlerhafte Zeilen in Quarantäne stellen und fortfahren (im Rahmen des Fehlerbudgets).</translation>
    </message>
    <message>
        <source>List the jobs with their last run</source>
        <translation>Die Jobs mit ihrem letzten Lauf auflisten</translation>
    </message>
    <message>
        <source>One line per job: name, source, destination, write mode, and the status and start of its last run. With --json, the objects &apos;jobs show --json&apos; prints, with their last run instead of the list of runs.</source>
        <translation>Eine Zeile pro Job: Name, Datenquelle, Ziel, Schreibmodus sowie Status und Start des letzten Laufs. Mit --json die Objekte, die &apos;jobs show --json&apos; ausgibt, mit ihrem letzten Lauf statt der Liste der Läufe.</translation>
    </message>
    <message>
        <source>Show a job&apos;s definition and its last runs</source>
        <translation>Definition und letzte Läufe eines Jobs anzeigen</translation>
    </message>
    <message>
        <source>Source, destination, mode, error policy, the column mapping and the last %1 runs. NAME may also be #ID.</source>
        <translation>Datenquelle, Ziel, Modus, Fehlerbehandlung, Spaltenzuordnung und die letzten %1 Läufe. NAME kann auch #ID sein.</translation>
    </message>
    <message>
        <source>Remove a job (its runs stay in the history)</source>
        <translation>Einen Job entfernen (seine Läufe bleiben im Verlauf)</translation>
    </message>
    <message>
        <source>Run a job now (resuming its interrupted run, unless --full)</source>
        <translation>Einen Job jetzt ausführen (setzt seinen unterbrochenen Lauf fort, außer mit --full)</translation>
    </message>
    <message>
        <source>Runs as &apos;sync&apos; does, recording the run under the job. If the job&apos;s last run was interrupted (Ctrl-C, a crash, a kill), it is resumed from its last checkpoint; --full starts over. Exit code 1 when the run fails or its verification finds a mismatch, 130 when it is interrupted.</source>
        <translation>Läuft wie &apos;sync&apos; und speichert den Lauf beim Job. Wurde der letzte Lauf des Jobs unterbrochen (Strg+C, Absturz, kill), wird er ab seinem letzten Checkpoint fortgesetzt; --full beginnt von vorn. Exit-Code 1, wenn der Lauf fehlschlägt oder die Prüfung eine Abweichung findet, 130, wenn er unterbrochen wird.</translation>
    </message>
    <message>
        <source>Write to a database source of the workspace (by name), or to this file: .sqlite, .sqlite3 or .db (SQLite), .csv, .ndjson or .jsonl.</source>
        <translation>In eine Datenbank-Datenquelle des Arbeitsbereichs (nach Name) oder in diese Datei schreiben: .sqlite, .sqlite3 oder .db (SQLite), .csv, .ndjson oder .jsonl.</translation>
    </message>
    <message>
        <source>Save a sync job: a source stream into a database or a file, with its mapping</source>
        <translation>Einen Sync-Job speichern: ein Datenstrom einer Datenquelle in eine Datenbank oder eine Datei, mit seiner Zuordnung</translation>
    </message>
</context>
<context>
    <name>MariaDbCell</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a boolean (0 or 1)</source>
        <translation>%1 ist kein Wahrheitswert (0 oder 1)</translation>
    </message>
    <message numerus="yes">
        <source>bit value of %n byte(s) is beyond a 64-bit integer</source>
        <translation>
            <numerusform>Bitwert mit %n Byte übersteigt eine 64-Bit-Ganzzahl</numerusform>
            <numerusform>Bitwert mit %n Bytes übersteigt eine 64-Bit-Ganzzahl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>%1 is not a valid timestamp</source>
        <translation>%1 ist kein gültiger Zeitstempel</translation>
    </message>
    <message>
        <source>unsupported column type</source>
        <translation>nicht unterstützter Spaltentyp</translation>
    </message>
</context>
<context>
    <name>MariaDbConnector</name>
    <message>
        <source>read the list of tables</source>
        <translation>Lesen der Tabellenliste</translation>
    </message>
    <message>
        <source>run the query</source>
        <translation>Ausführen der Abfrage</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: it has no column &apos;%3&apos;.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht inkrementell gelesen werden: Er hat keine Spalte &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: the cursor value &apos;%3&apos; of column &apos;%4&apos; is not a whole number.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht inkrementell gelesen werden: Der Cursor-Wert &apos;%3&apos; der Spalte &apos;%4&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: the cursor value &apos;%3&apos; of column &apos;%4&apos; is not a number.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht inkrementell gelesen werden: Der Cursor-Wert &apos;%3&apos; der Spalte &apos;%4&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 %2, tables: %3, views: %4</source>
        <translation>%1 %2, Tabellen: %3, Sichten: %4</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no table or view named &apos;%2&apos; that you may read (MySQL/MariaDB at %3).</source>
        <translation>Datenquelle &apos;%1&apos; hat keine Tabelle oder Sicht namens &apos;%2&apos;, die Sie lesen dürfen (MySQL/MariaDB auf %3).</translation>
    </message>
    <message>
        <source>read the key range of &apos;%1&apos;</source>
        <translation>Lesen des Schlüsselbereichs von &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>MariaDbDestination</name>
    <message>
        <source>table &apos;%1&apos; in database &apos;%2&apos; (MySQL/MariaDB at %3)</source>
        <translation>Tabelle &apos;%1&apos; in Datenbank &apos;%2&apos; (MySQL/MariaDB auf %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write record %1 to %2: %3</source>
        <translation>Datensatz %1 kann nicht in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; (MySQL/MariaDB at %2)</source>
        <translation>Datenbank &apos;%1&apos; (MySQL/MariaDB auf %2)</translation>
    </message>
    <message>
        <source>Cannot write to %1: no table name is set.</source>
        <translation>In %1 kann nicht geschrieben werden: Es ist kein Tabellenname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: MySQL table names have at most 64 characters.</source>
        <translation>Tabelle &apos;%1&apos; in %2 kann nicht geschrieben werden: MySQL-Tabellennamen haben höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the table name &apos;%2&apos; is reserved for MigrateIQ&apos;s own tables.</source>
        <translation>In %1 kann nicht geschrieben werden: Der Tabellenname &apos;%2&apos; ist für MigrateIQs eigene Tabellen reserviert.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: it has no columns.</source>
        <translation>Tabelle &apos;%1&apos; in %2 kann nicht geschrieben werden: Sie hat keine Spalten.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: column name &apos;%3&apos; is empty or longer than 64 characters.</source>
        <translation>Tabelle &apos;%1&apos; in %2 kann nicht geschrieben werden: Der Spaltenname &apos;%3&apos; ist leer oder länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: column &apos;%3&apos; appears twice (MySQL ignores case in column names).</source>
        <translation>Tabelle &apos;%1&apos; in %2 kann nicht geschrieben werden: Spalte &apos;%3&apos; kommt doppelt vor (MySQL ignoriert Groß-/Kleinschreibung in Spaltennamen).</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: no key columns are set.</source>
        <translation>Upsert in Tabelle &apos;%1&apos; in %2 nicht möglich: Es sind keine Schlüsselspalten angegeben.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: key column &apos;%3&apos; is not one of the columns.</source>
        <translation>Upsert in Tabelle &apos;%1&apos; in %2 nicht möglich: Schlüsselspalte &apos;%3&apos; ist keine der Spalten.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: the key columns are too long for an index (at most 3072 bytes; text counts 4 bytes per character).</source>
        <translation>Upsert in Tabelle &apos;%1&apos; in %2 nicht möglich: Die Schlüsselspalten sind zu lang für einen Index (höchstens 3072 Bytes; Text zählt 4 Bytes pro Zeichen).</translation>
    </message>
    <message>
        <source>Loaded into a staging table, which replaces %1 in one RENAME TABLE when the run finishes.</source>
        <translation>Wird in eine Staging-Tabelle geladen, die %1 am Ende des Laufs mit einem einzigen RENAME TABLE ersetzt.</translation>
    </message>
    <message>
        <source>Created when missing; an existing table keeps its columns and rows.</source>
        <translation>Wird bei Bedarf angelegt; eine vorhandene Tabelle behält ihre Spalten und Zeilen.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on %2: run &apos;%3&apos; is still writing it.</source>
        <translation>Lauf &apos;%1&apos; kann nicht für %2 gestartet werden: Lauf &apos;%3&apos; schreibt noch hinein.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its table &apos;%2&apos; no longer exists. Start the run over.</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: Seine Tabelle &apos;%2&apos; existiert nicht mehr. Starten Sie den Lauf neu.</translation>
    </message>
    <message>
        <source>the existing table has no column &apos;%1&apos;. Add it, or write to another table.</source>
        <translation>die vorhandene Tabelle hat keine Spalte &apos;%1&apos;. Fügen Sie sie hinzu oder schreiben Sie in eine andere Tabelle.</translation>
    </message>
    <message>
        <source>cannot create a unique index on the key columns (%1) of the existing table, which upsert needs: %2. Remove the duplicate keys or choose other keys.</source>
        <translation>auf den Schlüsselspalten (%1) der vorhandenen Tabelle kann kein eindeutiger Index angelegt werden, den Upsert benötigt: %2. Entfernen Sie die doppelten Schlüssel oder wählen Sie andere Schlüssel.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds %2, which MySQL/MariaDB cannot store.</source>
        <translation>Spalte &apos;%1&apos; enthält %2, was MySQL/MariaDB nicht speichern kann.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds &apos;%2&apos;, which is not a decimal number.</source>
        <translation>Spalte &apos;%1&apos; enthält &apos;%2&apos;, was keine Dezimalzahl ist.</translation>
    </message>
    <message>
        <source>the value of column &apos;%1&apos; is outside MySQL&apos;s range (years 1 to 9999).</source>
        <translation>der Wert der Spalte &apos;%1&apos; liegt außerhalb des Bereichs von MySQL (Jahre 1 bis 9999).</translation>
    </message>
    <message>
        <source>Cannot write records %1 to %2 to %3: %4</source>
        <translation>Datensätze %1 bis %2 können nicht in %3 geschrieben werden: %4</translation>
    </message>
    <message>
        <source>key column &apos;%1&apos; is null, so the row cannot be matched for upsert.</source>
        <translation>Schlüsselspalte &apos;%1&apos; ist NULL, daher kann die Zeile für den Upsert nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>the row is larger than the server&apos;s max_allowed_packet (%1 bytes).</source>
        <translation>die Zeile ist größer als max_allowed_packet des Servers (%1 Bytes).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a view; a run can only replace a table.</source>
        <translation>&apos;%1&apos; ist eine Sicht; ein Lauf kann nur eine Tabelle ersetzen.</translation>
    </message>
    <message>
        <source>Cannot read %1 back: its run has not finished.</source>
        <translation>%1 kann nicht zurückgelesen werden: Sein Lauf ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot read a MySQL/MariaDB destination back: no run has written it.</source>
        <translation>Ein MySQL/MariaDB-Ziel kann nicht zurückgelesen werden: Kein Lauf hat es geschrieben.</translation>
    </message>
</context>
<context>
    <name>MariaDbSession</name>
    <message>
        <source>Cannot connect source &apos;%1&apos;: the Qt MySQL/MariaDB driver (QMYSQL) is not installed (Debian/Ubuntu package libqt6sql6-mysql).</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht verbunden werden: Der Qt-Treiber für MySQL/MariaDB (QMYSQL) ist nicht installiert (Debian/Ubuntu-Paket libqt6sql6-mysql).</translation>
    </message>
    <message>
        <source>Cannot connect to MySQL/MariaDB at %1 for source &apos;%2&apos;: %3</source>
        <translation>Verbindung zu MySQL/MariaDB auf %1 für Datenquelle &apos;%2&apos; nicht möglich: %3</translation>
    </message>
    <message>
        <source>Cannot use the MySQL/MariaDB connection of source &apos;%1&apos;: the QMYSQL driver gave no connection handle.</source>
        <translation>Die MySQL/MariaDB-Verbindung der Datenquelle &apos;%1&apos; kann nicht verwendet werden: Der QMYSQL-Treiber hat kein Verbindungshandle geliefert.</translation>
    </message>
    <message>
        <source>Cannot connect to MySQL/MariaDB at %1 for source &apos;%2&apos;: the SSL mode is &apos;required&apos; but the server does not offer SSL, so the connection is not encrypted.</source>
        <translation>Verbindung zu MySQL/MariaDB auf %1 für Datenquelle &apos;%2&apos; nicht möglich: Der SSL-Modus ist &apos;required&apos;, aber der Server bietet kein SSL an, daher wäre die Verbindung nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>set the character set utf8mb4</source>
        <translation>Einstellen des Zeichensatzes utf8mb4</translation>
    </message>
    <message>
        <source>set up the session</source>
        <translation>Einrichten der Sitzung</translation>
    </message>
    <message>
        <source>Cannot %1 of source &apos;%2&apos; (MySQL/MariaDB at %3): %4</source>
        <translation>%1 für Datenquelle &apos;%2&apos; (MySQL/MariaDB auf %3) fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>MariaDbSettings</name>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Tables, views and an optional query of a MySQL or MariaDB database, streamed without buffering whole tables; also a sync destination.</source>
        <translation>Tabellen, Sichten und eine optionale Abfrage einer MySQL- oder MariaDB-Datenbank, gestreamt, ohne ganze Tabellen zu puffern; auch als Sync-Ziel nutzbar.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Server name or IP address.</source>
        <translation>Servername oder IP-Adresse.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP port of the server.</source>
        <translation>TCP-Port des Servers.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Name of the database (schema) to read or write.</source>
        <translation>Name der zu lesenden oder zu schreibenden Datenbank (Schema).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Account to log in as.</source>
        <translation>Konto für die Anmeldung.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation>Wird im Systemschlüsselbund gespeichert, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>disabled: never encrypt; preferred: encrypt when the server can; required: refuse unencrypted connections.</source>
        <translation>disabled: nie verschlüsseln; preferred: verschlüsseln, wenn der Server es kann; required: unverschlüsselte Verbindungen ablehnen.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Optional SELECT statement, offered as an extra stream named &apos;query&apos;.</source>
        <translation>Optionale SELECT-Anweisung, angeboten als zusätzlicher Datenstrom namens &apos;query&apos;.</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Verbindungs-Timeout (s)</translation>
    </message>
    <message>
        <source>Seconds to wait for the server before giving up.</source>
        <translation>Wie viele Sekunden auf den Server gewartet wird, bevor abgebrochen wird.</translation>
    </message>
    <message>
        <source>no database is set</source>
        <translation>keine Datenbank angegeben</translation>
    </message>
    <message>
        <source>no user is set</source>
        <translation>kein Benutzer angegeben</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>the connection timeout must be a number of seconds from 1 to 3600</source>
        <translation>das Verbindungs-Timeout muss eine Anzahl Sekunden von 1 bis 3600 sein</translation>
    </message>
    <message>
        <source>the SSL mode must be one of: %1</source>
        <translation>der SSL-Modus muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>the host name contains &apos;;&apos; or &apos;=&apos;</source>
        <translation>der Hostname enthält &apos;;&apos; oder &apos;=&apos;</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2.</source>
        <translation>Datenquelle &apos;%1&apos; ist nicht richtig konfiguriert: %2.</translation>
    </message>
</context>
<context>
    <name>MariaDbStreamReader</name>
    <message>
        <source>Stream &apos;%1&apos; of source &apos;%2&apos; cannot resume from a position; the run starts over.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht ab einer Position fortgesetzt werden; der Lauf beginnt von vorn.</translation>
    </message>
    <message>
        <source>the server returned %1 columns, %2 were expected</source>
        <translation>der Server hat %1 Spalten geliefert, erwartet wurden %2</translation>
    </message>
    <message>
        <source>read stream &apos;%1&apos;</source>
        <translation>Lesen des Datenstroms &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading stream &apos;%1&apos; of source &apos;%2&apos; was cancelled.</source>
        <translation>Das Lesen des Datenstroms &apos;%1&apos; der Datenquelle &apos;%2&apos; wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of stream &apos;%2&apos;: %3</source>
        <translation>Spalte &apos;%1&apos; des Datenstroms &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>NdjsonDestination</name>
    <message>
        <source>Cannot append to &apos;%1&apos;: %2</source>
        <translation>An &apos;%1&apos; kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>Cannot append to &apos;%1&apos;: its first line is not a JSON object, so it is not an NDJSON file of records.</source>
        <translation>An &apos;%1&apos; kann nicht angehängt werden: Die erste Zeile ist kein JSON-Objekt, es ist also keine NDJSON-Datei mit Datensätzen.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>not in the target: %1</source>
        <translation>nicht im Ziel: %1</translation>
    </message>
    <message>
        <source>Cannot append to &apos;%1&apos;: its records do not have the target&apos;s columns as keys (%2).</source>
        <translation>An &apos;%1&apos; kann nicht angehängt werden: Die Datensätze haben nicht die Zielspalten als Schlüssel (%2).</translation>
    </message>
    <message>
        <source>record %1, column &apos;%2&apos;: the text is not valid UTF-8, which JSON cannot hold.</source>
        <translation>Datensatz %1, Spalte &apos;%2&apos;: Der Text ist kein gültiges UTF-8, was JSON nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>record %1, column &apos;%2&apos;: the value is out of range.</source>
        <translation>Datensatz %1, Spalte &apos;%2&apos;: Der Wert liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; back cannot resume from a position.</source>
        <translation>Das Zurücklesen von &apos;%1&apos; kann nicht an einer Position fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>NdjsonReadBack</name>
    <message>
        <source>not a JSON object of values at offset %1</source>
        <translation>kein JSON-Objekt mit Werten an Position %1</translation>
    </message>
    <message>
        <source>a nested JSON value where a single value was expected</source>
        <translation>ein verschachtelter JSON-Wert, wo ein einzelner Wert erwartet wurde</translation>
    </message>
</context>
<context>
    <name>PostgresConnector</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Tables, views and an optional query of a PostgreSQL database, read in a read-only session through server-side cursors.</source>
        <translation>Tabellen, Sichten und eine optionale Abfrage einer PostgreSQL-Datenbank, gelesen in einer schreibgeschützten Sitzung über serverseitige Cursor.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Server name or IP address.</source>
        <translation>Servername oder IP-Adresse.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP port of the server.</source>
        <translation>TCP-Port des Servers.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Name of the database to read.</source>
        <translation>Name der zu lesenden Datenbank.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role to log in as.</source>
        <translation>Rolle, mit der die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation>Wird im Systemschlüsselbund gespeichert, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>Whether and how to use SSL (libpq sslmode).</source>
        <translation>Ob und wie SSL verwendet wird (libpq sslmode).</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Comma-separated schema names or patterns (* and ?) to list; empty lists every non-system schema.</source>
        <translation>Kommagetrennte Schemanamen oder Muster (* und ?), die aufgelistet werden; leer listet alle Schemas außer den Systemschemas.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Optional SELECT statement, offered as an extra stream named &apos;query&apos;.</source>
        <translation>Optionale SELECT-Anweisung, angeboten als zusätzlicher Datenstrom namens &apos;query&apos;.</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Verbindungs-Timeout (s)</translation>
    </message>
    <message>
        <source>Seconds to wait for the server before giving up.</source>
        <translation>Wie viele Sekunden auf den Server gewartet wird, bevor abgebrochen wird.</translation>
    </message>
    <message>
        <source>Cannot read %1 of source &apos;%2&apos; (PostgreSQL at %3): %4</source>
        <translation>Fehler beim Lesen %1 der Datenquelle &apos;%2&apos; (PostgreSQL auf %3): %4</translation>
    </message>
    <message>
        <source>Cannot connect source &apos;%1&apos;: the Qt PostgreSQL driver (QPSQL) is not installed (Debian/Ubuntu package libqt6sql6-psql).</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht verbunden werden: Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert (Debian/Ubuntu-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1 for source &apos;%2&apos;: %3</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1 für Datenquelle &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>the session settings</source>
        <translation>der Sitzungseinstellungen</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>der Tabellenliste</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>der Abfrage</translation>
    </message>
    <message>
        <source>the column types of the query</source>
        <translation>der Spaltentypen der Abfrage</translation>
    </message>
    <message>
        <source>the server version</source>
        <translation>der Serverversion</translation>
    </message>
    <message>
        <source>PostgreSQL %1, tables: %2, views: %3</source>
        <translation>PostgreSQL %1, Tabellen: %2, Sichten: %3</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no table or view named &apos;%2&apos; that you may read (PostgreSQL at %3).</source>
        <translation>Datenquelle &apos;%1&apos; hat keine Tabelle oder Sicht namens &apos;%2&apos;, die Sie lesen dürfen (PostgreSQL auf %3).</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; of source &apos;%2&apos; matches several tables; rename one of them or read it with a query.</source>
        <translation>Der Name &apos;%1&apos; in Datenquelle &apos;%2&apos; passt auf mehrere Tabellen; benennen Sie eine davon um oder lesen Sie sie mit einer Abfrage.</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: it has no column &apos;%3&apos;.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht inkrementell gelesen werden: Er hat keine Spalte &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>the key range of &apos;%1&apos;</source>
        <translation>des Schlüsselbereichs von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the size of &apos;%1&apos;</source>
        <translation>der Größe von &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>PostgresDestination</name>
    <message>
        <source>table &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL database &apos;%3&apos; at %4)</source>
        <translation>Tabelle &apos;%1&apos; der Datenquelle &apos;%2&apos; (PostgreSQL-Datenbank &apos;%3&apos; auf %4)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write record %1 to %2: %3</source>
        <translation>Datensatz %1 kann nicht in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; (PostgreSQL at %2)</source>
        <translation>Datenquelle &apos;%1&apos; (PostgreSQL auf %2)</translation>
    </message>
    <message>
        <source>Cannot write to %1: no table name is set.</source>
        <translation>In %1 kann nicht geschrieben werden: Es ist kein Tabellenname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write to %1: &apos;%2&apos; is not a table name (write table, schema.table or &quot;quoted&quot;.&quot;names&quot;).</source>
        <translation>In %1 kann nicht geschrieben werden: &apos;%2&apos; ist kein Tabellenname (schreiben Sie tabelle, schema.tabelle oder &quot;quotierte&quot;.&quot;namen&quot;).</translation>
    </message>
    <message>
        <source>Cannot write to %1: the table name &apos;%2&apos; is reserved for MigrateIQ&apos;s bookkeeping.</source>
        <translation>In %1 kann nicht geschrieben werden: Der Tabellenname &apos;%2&apos; ist für die interne Verwaltung von MigrateIQ reserviert.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; of %2: it has no columns.</source>
        <translation>Tabelle &apos;%1&apos; von %2 kann nicht geschrieben werden: Sie hat keine Spalten.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; of %2: a column has no name.</source>
        <translation>Tabelle &apos;%1&apos; von %2 kann nicht geschrieben werden: Eine Spalte hat keinen Namen.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; of %2: column &apos;%3&apos; appears twice.</source>
        <translation>Tabelle &apos;%1&apos; von %2 kann nicht geschrieben werden: Spalte &apos;%3&apos; kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; of %2: no key columns are set.</source>
        <translation>Upsert in Tabelle &apos;%1&apos; von %2 nicht möglich: Es sind keine Schlüsselspalten angegeben.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; of %2: key column &apos;%3&apos; is not one of the columns.</source>
        <translation>Upsert in Tabelle &apos;%1&apos; von %2 nicht möglich: Schlüsselspalte &apos;%3&apos; ist keine der Spalten.</translation>
    </message>
    <message>
        <source>table &apos;%1&apos;</source>
        <translation>Tabelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in schema &apos;%2&apos; and is not a table (a view or another kind of relation).</source>
        <translation>&apos;%1&apos; existiert in Schema &apos;%2&apos; und ist keine Tabelle (eine Sicht oder eine andere Art von Relation).</translation>
    </message>
    <message>
        <source>the existing table has no column &apos;%1&apos; (names are case-sensitive).</source>
        <translation>die vorhandene Tabelle hat keine Spalte &apos;%1&apos; (bei Namen wird Groß-/Kleinschreibung unterschieden).</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of the existing table is generated and cannot be written.</source>
        <translation>Spalte &apos;%1&apos; der vorhandenen Tabelle ist generiert und kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is %2 in the existing table, and %3 values cannot be converted to it: %4</source>
        <translation>Spalte &apos;%1&apos; ist in der vorhandenen Tabelle %2, und %3-Werte können nicht dorthin umgewandelt werden: %4</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of the existing table is NOT NULL without a default, and the job does not write it.</source>
        <translation>Spalte &apos;%1&apos; der vorhandenen Tabelle ist NOT NULL ohne Standardwert, und der Job schreibt sie nicht.</translation>
    </message>
    <message>
        <source>Loaded into a staging table, which replaces %1 when the run finishes.</source>
        <translation>Wird in eine Staging-Tabelle geladen, die %1 am Ende des Laufs ersetzt.</translation>
    </message>
    <message>
        <source>The server could not be asked whether the table exists (%1).</source>
        <translation>Der Server konnte nicht gefragt werden, ob die Tabelle existiert (%1).</translation>
    </message>
    <message>
        <source>Table %1 exists and is compatible; rows are added to it.</source>
        <translation>Tabelle %1 existiert und ist kompatibel; die Zeilen werden angehängt.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on %2: run &apos;%3&apos; is still writing it.</source>
        <translation>Lauf &apos;%1&apos; kann nicht für %2 gestartet werden: Lauf &apos;%3&apos; schreibt noch hinein.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos;: %2</source>
        <translation>Tabelle &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: %2</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its table &apos;%2&apos; no longer exists. Start the run over.</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: Seine Tabelle &apos;%2&apos; existiert nicht mehr. Starten Sie den Lauf neu.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: the unique index on the keys is gone.</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: Der eindeutige Index auf den Schlüsseln fehlt.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its checkpoint is empty.</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: Sein Checkpoint ist leer.</translation>
    </message>
    <message>
        <source>the transaction was rolled back by the server.</source>
        <translation>die Transaktion wurde vom Server zurückgesetzt.</translation>
    </message>
    <message>
        <source>key column &apos;%1&apos; is null, so the row cannot be matched for upsert.</source>
        <translation>Schlüsselspalte &apos;%1&apos; ist NULL, daher kann die Zeile für den Upsert nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>the date in column &apos;%1&apos; is outside PostgreSQL&apos;s range (4713 BC to 5874897 AD).</source>
        <translation>das Datum in Spalte &apos;%1&apos; liegt außerhalb des Bereichs von PostgreSQL (4713 v. Chr. bis 5874897 n. Chr.).</translation>
    </message>
    <message>
        <source>the timestamp in column &apos;%1&apos; is outside PostgreSQL&apos;s range (4713 BC to 294276 AD).</source>
        <translation>der Zeitstempel in Spalte &apos;%1&apos; liegt außerhalb des Bereichs von PostgreSQL (4713 v. Chr. bis 294276 n. Chr.).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in column &apos;%2&apos; is not a number PostgreSQL&apos;s numeric can hold.</source>
        <translation>&apos;%1&apos; in Spalte &apos;%2&apos; ist keine Zahl, die der numeric-Typ von PostgreSQL aufnehmen kann.</translation>
    </message>
    <message>
        <source>Cannot write records %1 to %2 to %3: %4</source>
        <translation>Datensätze %1 bis %2 können nicht in %3 geschrieben werden: %4</translation>
    </message>
    <message>
        <source>Cannot read %1 back: its run has not finished.</source>
        <translation>%1 kann nicht zurückgelesen werden: Sein Lauf ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot read back from source &apos;%1&apos;: no run has written it.</source>
        <translation>Aus Datenquelle &apos;%1&apos; kann nicht zurückgelesen werden: Kein Lauf hat sie geschrieben.</translation>
    </message>
    <message>
        <source>Reading %1 back cannot resume from a position.</source>
        <translation>Das Zurücklesen von %1 kann nicht an einer Position fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>PostgresSession</name>
    <message>
        <source>Cannot connect to PostgreSQL at %1 for source &apos;%2&apos;: out of memory.</source>
        <translation>Verbindung zu PostgreSQL auf %1 für Datenquelle &apos;%2&apos; nicht möglich: Nicht genügend Speicher.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1 for source &apos;%2&apos;: %3</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1 für Datenquelle &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>PostgresSettings</name>
    <message>
        <source>no database is set</source>
        <translation>keine Datenbank angegeben</translation>
    </message>
    <message>
        <source>no user is set</source>
        <translation>kein Benutzer angegeben</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>the connection timeout must be a number of seconds from 1 to 3600</source>
        <translation>das Verbindungs-Timeout muss eine Anzahl Sekunden von 1 bis 3600 sein</translation>
    </message>
    <message>
        <source>the SSL mode must be one of: %1</source>
        <translation>der SSL-Modus muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2.</source>
        <translation>Datenquelle &apos;%1&apos; ist nicht richtig konfiguriert: %2.</translation>
    </message>
</context>
<context>
    <name>PostgresStreamReader</name>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL at %3): %4</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht gelesen werden (PostgreSQL auf %3): %4</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver did not expose its connection.</source>
        <translation>der Qt-PostgreSQL-Treiber hat seine Verbindung nicht bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>PostgresTableReader</name>
    <message>
        <source>table &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL at %3)</source>
        <translation>Tabelle &apos;%1&apos; der Datenquelle &apos;%2&apos; (PostgreSQL auf %3)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation>das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the server sent an unexpected COPY header.</source>
        <translation>der Server hat einen unerwarteten COPY-Header gesendet.</translation>
    </message>
    <message>
        <source>the server sent a malformed row.</source>
        <translation>der Server hat eine fehlerhafte Zeile gesendet.</translation>
    </message>
    <message>
        <source>an infinite date cannot be represented</source>
        <translation>ein unendliches Datum kann nicht dargestellt werden</translation>
    </message>
    <message>
        <source>an infinite timestamp cannot be represented</source>
        <translation>ein unendlicher Zeitstempel kann nicht dargestellt werden</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of %2: %3</source>
        <translation>Spalte &apos;%1&apos; von %2: %3</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>%1%2 of the %3 rows are exact duplicates of another row.</source>
        <translation>%1%2 der %3 Zeilen sind exakte Duplikate einer anderen Zeile.</translation>
    </message>
    <message>
        <source>About </source>
        <translation>Etwa </translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are strongly related (%3 %4): one may be derived from the other.</source>
        <translation>&apos;%1&apos; und &apos;%2&apos; hängen stark zusammen (%3 %4): Eine Spalte könnte aus der anderen abgeleitet sein.</translation>
    </message>
    <message>
        <source>Only the first %1 rows were profiled (sample mode); every figure describes them, not the whole stream.</source>
        <translation>Nur die ersten %1 Zeilen wurden profiliert (Stichprobenmodus); alle Kennzahlen beschreiben diese, nicht den ganzen Datenstrom.</translation>
    </message>
    <message>
        <source>More than %1 distinct values in %2: distinct counts are HyperLogLog estimates (standard error 0.4%, within 2%); unique counts are estimated from a sample of the distinct values; top-value counts are lower bounds (Space-Saving, 64 counters).</source>
        <translation>Mehr als %1 verschiedene Werte in %2: Anzahlen verschiedener Werte sind HyperLogLog-Schätzungen (Standardfehler 0,4 %, innerhalb von 2 %); Anzahlen eindeutiger Werte werden aus einer Stichprobe der verschiedenen Werte geschätzt; Anzahlen der häufigsten Werte sind Untergrenzen (Space-Saving, 64 Zähler).</translation>
    </message>
    <message>
        <source>Quantiles, histograms and outlier counts of %1 come from a KLL sketch (k = 400, rank error below 1%).</source>
        <translation>Quantile, Histogramme und Ausreißerzahlen von %1 stammen aus einer KLL-Skizze (k = 400, Rangfehler unter 1 %).</translation>
    </message>
    <message>
        <source>Duplicate rows are estimated from a 1-in-%1 sample of row hashes (more than %2 distinct rows).</source>
        <translation>Doppelte Zeilen werden aus einer 1-aus-%1-Stichprobe der Zeilen-Hashes geschätzt (mehr als %2 verschiedene Zeilen).</translation>
    </message>
    <message>
        <source>Spearman correlations%1 are computed on a sample of %2 rows.</source>
        <translation>Spearman-Korrelationen%1 werden anhand einer Stichprobe von %2 Zeilen berechnet.</translation>
    </message>
    <message>
        <source> (and Pearson beyond the first %1 numeric columns)</source>
        <translation> (und Pearson jenseits der ersten %1 numerischen Spalten)</translation>
    </message>
    <message>
        <source>Some candidate keys are judged from a sample of their values (marked not exact).</source>
        <translation>Einige Schlüsselkandidaten werden anhand einer Stichprobe ihrer Werte beurteilt (als nicht exakt markiert).</translation>
    </message>
    <message>
        <source>Missing-value patterns cover the first 64 columns.</source>
        <translation>Muster fehlender Werte umfassen die ersten 64 Spalten.</translation>
    </message>
</context>
<context>
    <name>ProfileCharts</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 … %2 (%n bars; hover one for its range)</source>
        <translation>
            <numerusform>%1 … %2 (%n Balken; zeigen Sie darauf, um seinen Bereich zu sehen)</numerusform>
            <numerusform>%1 … %2 (%n Balken; zeigen Sie auf einen, um seinen Bereich zu sehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Profile of &apos;%1&apos;%2: %3 rows, %4 columns, %5 s</source>
        <translation>Profil von &apos;%1&apos;%2: %3 Zeilen, %4 Spalten, %5 s</translation>
    </message>
    <message>
        <source> (source &apos;%1&apos;)</source>
        <translation> (Datenquelle &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Sample: the first %1 rows only.</source>
        <translation>Stichprobe: nur die ersten %1 Zeilen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Duplicate rows: %1%2; bad records set aside: %3</source>
        <translation>Doppelte Zeilen: %1%2; zurückgestellte fehlerhafte Datensätze: %3</translation>
    </message>
    <message>
        <source>Quality: %1 overall (%2)</source>
        <translation>Qualität: %1 gesamt (%2)</translation>
    </message>
    <message>
        <source>Candidate keys: %1</source>
        <translation>Schlüsselkandidaten: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>PASSEND</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLEND</translation>
    </message>
    <message>
        <source>DISTINCT</source>
        <translation>VERSCHIEDEN</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation>MEDIAN</translation>
    </message>
    <message>
        <source>TOP VALUE</source>
        <translation>HÄUFIGSTER WERT</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>QUALITÄT</translation>
    </message>
    <message>
        <source>len %1</source>
        <translation>Länge %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>Alerts (%1):</source>
        <translation>Warnungen (%1):</translation>
    </message>
    <message>
        <source>--sample must be a whole number of rows greater than 0, not &apos;%1&apos;.</source>
        <translation>--sample muss eine ganze Zeilenzahl größer als 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--html needs a file name.</source>
        <translation>--html benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream &apos;%2&apos;. Its streams: %3.</source>
        <translation>&apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;. Vorhandene Datenströme: %3.</translation>
    </message>
    <message>
        <source>Profiling: %1 rows</source>
        <translation>Profilierung: %1 Zeilen</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>, %1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 records of &apos;%2&apos; could not be read and are not in the profile; &apos;preview&apos; lists them with their line numbers.</source>
        <translation>%1 Datensätze von &apos;%2&apos; konnten nicht gelesen werden und fehlen im Profil; &apos;preview&apos; listet sie mit ihren Zeilennummern auf.</translation>
    </message>
    <message>
        <source>wrote the HTML report to &apos;%1&apos;</source>
        <translation>HTML-Bericht nach &apos;%1&apos; geschrieben</translation>
    </message>
    <message>
        <source>Estimated figures:</source>
        <translation>Geschätzte Kennzahlen:</translation>
    </message>
    <message>
        <source>Profile a stream: types, statistics, formats, quality scores and alerts</source>
        <translation>Einen Datenstrom profilieren: Typen, Statistiken, Formate, Qualitätswerte und Warnungen</translation>
    </message>
    <message>
        <source>SOURCE is a source of the workspace, STREAM one of its streams (default: the first one, see &apos;streams&apos;); otherwise the argument is taken as a file whose type is told by its suffix, and no workspace is needed. Every row is read once, in parallel chunks, with bounded memory. The output is a summary (rows, duplicate rows, quality scores, candidate keys), one line per column (inferred type and the share of values that fit it, missing values, distinct values, range, mean, median, most frequent value, quality) and the alerts, most severe first; figures estimated with sketches are marked &apos;~&apos; and explained at the end. --json prints the whole profile (see docs/profiling.md for what each figure means); --html OUT also writes it as a self-contained HTML report with charts. The profile of a workspace source is saved in the workspace, where the Profiles pane shows its history.</source>
        <translation>SOURCE ist eine Datenquelle des Arbeitsbereichs, STREAM einer ihrer Datenströme (Standard: der erste, siehe &apos;streams&apos;); andernfalls wird das Argument als Datei gelesen, deren Typ sich aus der Dateiendung ergibt, und es wird kein Arbeitsbereich benötigt. Jede Zeile wird einmal gelesen, in parallelen Blöcken, mit begrenztem Speicher. Die Ausgabe besteht aus einer Zusammenfassung (Zeilen, doppelte Zeilen, Qualitätswerte, Schlüsselkandidaten), einer Zeile pro Spalte (ermittelter Typ und Anteil der passenden Werte, fehlende Werte, verschiedene Werte, Wertebereich, Mittelwert, Median, häufigster Wert, Qualität) und den Warnungen, die schwerwiegendsten zuerst; mit Skizzen geschätzte Kennzahlen sind mit &apos;~&apos; markiert und am Ende erläutert. --json gibt das ganze Profil aus (was jede Kennzahl bedeutet, steht in docs/profiling.md); --html OUT schreibt es zusätzlich als eigenständigen HTML-Bericht mit Diagrammen. Das Profil einer Datenquelle des Arbeitsbereichs wird im Arbeitsbereich gespeichert, wo der Bereich „Profile“ seinen Verlauf zeigt.</translation>
    </message>
    <message>
        <source>Profile only the first N rows (faster; every figure then describes those rows).</source>
        <translation>Nur die ersten N Zeilen profilieren (schneller; alle Kennzahlen beschreiben dann diese Zeilen).</translation>
    </message>
    <message>
        <source>Also write the profile as a self-contained HTML report (charts included) to OUT.</source>
        <translation>Das Profil zusätzlich als eigenständigen HTML-Bericht (mit Diagrammen) nach OUT schreiben.</translation>
    </message>
</context>
<context>
    <name>ProfileComparison</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 Punkte</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>uniqueness</source>
        <translation>Eindeutigkeit</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Rows: %1 → %2 (%3%4%)</source>
        <translation>Zeilen: %1 → %2 (%3%4 %)</translation>
    </message>
    <message>
        <source>Duplicate rows: %1 → %2</source>
        <translation>Doppelte Zeilen: %1 → %2</translation>
    </message>
    <message>
        <source>Quality (%1): %2 → %3 (%4)</source>
        <translation>Qualität (%1): %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Quality of &apos;%1&apos; (%2): %3 → %4 (%5)</source>
        <translation>Qualität von &apos;%1&apos; (%2): %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>New alert: %1</source>
        <translation>Neue Warnung: %1</translation>
    </message>
    <message>
        <source>New column &apos;%1&apos; (%2)</source>
        <translation>Neue Spalte &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is gone</source>
        <translation>Spalte &apos;%1&apos; ist weggefallen</translation>
    </message>
    <message>
        <source>Type of &apos;%1&apos;: %2 → %3</source>
        <translation>Typ von &apos;%1&apos;: %2 → %3</translation>
    </message>
    <message>
        <source>Missing values in &apos;%1&apos;: %2 → %3 (%4)</source>
        <translation>Fehlende Werte in &apos;%1&apos;: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>New format in &apos;%1&apos;: %2 (%n value(s))</source>
        <translation>
            <numerusform>Neues Format in &apos;%1&apos;: %2 (%n Wert)</numerusform>
            <numerusform>Neues Format in &apos;%1&apos;: %2 (%n Werte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New date format in &apos;%1&apos;: %2 (%n value(s))</source>
        <translation>
            <numerusform>Neues Datumsformat in &apos;%1&apos;: %2 (%n Wert)</numerusform>
            <numerusform>Neues Datumsformat in &apos;%1&apos;: %2 (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>New pattern in &apos;%1&apos;: &quot;%2&quot; in %3 of the values</source>
        <translation>Neues Muster in &apos;%1&apos;: &quot;%2&quot; in %3 der Werte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer unique: %2 distinct values in %3 rows</source>
        <translation>&apos;%1&apos; ist nicht mehr eindeutig: %2 verschiedene Werte in %3 Zeilen</translation>
    </message>
    <message>
        <source>Distinct values in &apos;%1&apos;: %2 → %3</source>
        <translation>Verschiedene Werte in &apos;%1&apos;: %2 → %3</translation>
    </message>
    <message>
        <source>Minimum of &apos;%1&apos;: %2 → %3</source>
        <translation>Minimum von &apos;%1&apos;: %2 → %3</translation>
    </message>
    <message>
        <source>Maximum of &apos;%1&apos;: %2 → %3</source>
        <translation>Maximum von &apos;%1&apos;: %2 → %3</translation>
    </message>
    <message>
        <source>Earliest date in &apos;%1&apos;: %2 → %3</source>
        <translation>Frühestes Datum in &apos;%1&apos;: %2 → %3</translation>
    </message>
    <message>
        <source>Latest date in &apos;%1&apos;: %2 → %3</source>
        <translation>Spätestes Datum in &apos;%1&apos;: %2 → %3</translation>
    </message>
    <message>
        <source>Mean of &apos;%1&apos; moved: %2 → %3</source>
        <translation>Mittelwert von &apos;%1&apos; verschoben: %2 → %3</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; moved: %3 → %4</source>
        <translation>%1 von &apos;%2&apos; verschoben: %3 → %4</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>unbekannter Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown quality dimension</source>
        <translation>unbekannte Qualitätsdimension</translation>
    </message>
    <message>
        <source>This is not a MigrateIQ profile (the key &apos;format&apos; is not &apos;%1&apos;).</source>
        <translation>Dies ist kein MigrateIQ-Profil (der Schlüssel &apos;format&apos; ist nicht &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of MigrateIQ (profile format %1; this version reads up to %2).</source>
        <translation>Dieses Profil wurde von einer neueren Version von MigrateIQ geschrieben (Profilformat %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>Datum und Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <source>Cannot read the profile of &apos;%1&apos; (%2): %3</source>
        <translation>Das Profil von &apos;%1&apos; kann nicht gelesen werden (%2): %3</translation>
    </message>
</context>
<context>
    <name>ProfileQuality</name>
    <message>
        <source>%1 of the %2 values of &apos;%3&apos; are missing (%4 nulls, %5 blanks).</source>
        <translation>%1 der %2 Werte von &apos;%3&apos; fehlen (%4 NULL, %5 leer).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds personal data: %2 of its values are %3 values.</source>
        <translation>&apos;%1&apos; enthält personenbezogene Daten: %2 seiner Werte sind %3-Werte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; probably holds personal data (its name suggests names, addresses or identity numbers).</source>
        <translation>&apos;%1&apos; enthält vermutlich personenbezogene Daten (der Name deutet auf Namen, Adressen oder Ausweisnummern hin).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; mixes %2 date formats: %3 values are %4, %5 use others.</source>
        <translation>&apos;%1&apos; mischt %2 Datumsformate: %3 Werte sind %4, %5 verwenden andere.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; writes true and false in %2 different ways (e.g. true/yes/1 and their case variants).</source>
        <translation>&apos;%1&apos; schreibt wahr und falsch auf %2 verschiedene Arten (z. B. true/yes/1 und deren Groß-/Kleinschreibungsvarianten).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; writes phone numbers in %2 different common layouts; the most frequent, &apos;%3&apos;, covers %4 of the values.</source>
        <translation>&apos;%1&apos; schreibt Telefonnummern in %2 verschiedenen gängigen Formaten; das häufigste, &apos;%3&apos;, deckt %4 der Werte ab.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as text but %2 of its values are %3 numbers.</source>
        <translation>&apos;%1&apos; ist als Text gespeichert, aber %2 seiner Werte sind %3-Zahlen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as text but %2 of its values are dates or timestamps.</source>
        <translation>&apos;%1&apos; ist als Text gespeichert, aber %2 seiner Werte sind Datums- oder Zeitstempelwerte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mostly numbers (%2 values), but %3 values are not, so it is text.</source>
        <translation>&apos;%1&apos; besteht überwiegend aus Zahlen (%2 Werte), aber %3 Werte sind keine, daher ist sie Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mostly dates (%2 values) but too many values are not, so it is text.</source>
        <translation>&apos;%1&apos; besteht überwiegend aus Datumswerten (%2 Werte), aber zu viele Werte sind keine, daher ist sie Text.</translation>
    </message>
    <message>
        <source>%1 values of &apos;%2&apos; (%3) lie outside the interquartile fences %4 .. %5%6.</source>
        <translation>%1 Werte von &apos;%2&apos; (%3) liegen außerhalb der Interquartilsgrenzen %4 .. %5%6.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is highly skewed (skewness %2): the mean (%3) says little about typical values (median %4).</source>
        <translation>&apos;%1&apos; ist stark schief verteilt (Schiefe %2): Der Mittelwert (%3) sagt wenig über typische Werte aus (Median %4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is imbalanced: &apos;%2&apos; alone makes up %3 of its %4 values.</source>
        <translation>&apos;%1&apos; ist unausgewogen: &apos;%2&apos; allein macht %3 ihrer %4 Werte aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2%3 distinct values among %4: it is not a category.</source>
        <translation>&apos;%1&apos; hat %2%3 verschiedene Werte unter %4: Sie ist keine Kategorie.</translation>
    </message>
    <message>
        <source>about </source>
        <translation>etwa </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has one value only: &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; hat nur einen einzigen Wert: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Every value of &apos;%1&apos; is different (%2 values).</source>
        <translation>Jeder Wert von &apos;%1&apos; ist verschieden (%2 Werte).</translation>
    </message>
    <message>
        <source>No value of &apos;%1&apos; repeats in a sample of its values (about %2 distinct values): it is probably unique.</source>
        <translation>Kein Wert von &apos;%1&apos; wiederholt sich in einer Stichprobe ihrer Werte (etwa %2 verschiedene Werte): Sie ist vermutlich eindeutig.</translation>
    </message>
    <message>
        <source>Every value of &apos;%1&apos; is %2 characters long: probably a code.</source>
        <translation>Jeder Wert von &apos;%1&apos; ist %2 Zeichen lang: vermutlich ein Code.</translation>
    </message>
    <message>
        <source>%1 of %2 values are present (%3 nulls, %4 blanks).</source>
        <translation>%1 von %2 Werten sind vorhanden (%3 NULL, %4 leer).</translation>
    </message>
    <message>
        <source>The column has no rows.</source>
        <translation>Die Spalte hat keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 of %2 values are valid %3 values (%4 are not).</source>
        <translation>%1 von %2 Werten sind gültige %3-Werte (%4 nicht).</translation>
    </message>
    <message>
        <source>%1 of %2 values fit the type %3 (%4 do not).</source>
        <translation>%1 von %2 Werten passen zum Typ %3 (%4 nicht).</translation>
    </message>
    <message>
        <source>Free text: no type or format to check the values against.</source>
        <translation>Freitext: kein Typ oder Format, gegen das die Werte geprüft werden können.</translation>
    </message>
    <message>
        <source>No values to check.</source>
        <translation>Keine Werte zu prüfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an identifier: %2%3 of its %4 values are distinct (%5 repeats).</source>
        <translation>&apos;%1&apos; sieht wie ein Bezeichner aus: %2%3 ihrer %4 Werte sind verschieden (%5 Wiederholungen).</translation>
    </message>
    <message>
        <source>Repeated values are expected here (&apos;%1&apos; is not an identifier).</source>
        <translation>Wiederholte Werte sind hier zu erwarten (&apos;%1&apos; ist kein Bezeichner).</translation>
    </message>
    <message>
        <source>All %1 values are written consistently (no stray spaces, one case, one date format).</source>
        <translation>Alle %1 Werte sind einheitlich geschrieben (keine überzähligen Leerzeichen, eine Schreibweise, ein Datumsformat).</translation>
    </message>
    <message>
        <source>%1 of %2 values are written inconsistently: %3 with leading or trailing spaces, %4 in a minority date format, %5 in a minority letter case.</source>
        <translation>%1 von %2 Werten sind uneinheitlich geschrieben: %3 mit Leerzeichen am Anfang oder Ende, %4 in einem selteneren Datumsformat, %5 in einer selteneren Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>%1 dates before 1900 and %2 in the future</source>
        <translation>%1 Datumswerte vor 1900 und %2 in der Zukunft</translation>
    </message>
    <message>
        <source>%1 card numbers fail the Luhn check</source>
        <translation>%1 Kartennummern bestehen die Luhn-Prüfung nicht</translation>
    </message>
    <message>
        <source>%1 IBANs fail the ISO 13616 check digits</source>
        <translation>%1 IBANs bestehen die Prüfziffern nach ISO 13616 nicht</translation>
    </message>
    <message>
        <source>%1 ages below 0 or above 130</source>
        <translation>%1 Altersangaben unter 0 oder über 130</translation>
    </message>
    <message>
        <source>%1 percentages outside 0..100</source>
        <translation>%1 Prozentwerte außerhalb von 0..100</translation>
    </message>
    <message>
        <source>%1 negative values where only zero or more make sense</source>
        <translation>%1 negative Werte, wo nur null oder mehr sinnvoll ist</translation>
    </message>
    <message>
        <source>%1 of %2 checked values are plausible: %3.</source>
        <translation>%1 von %2 geprüften Werten sind plausibel: %3.</translation>
    </message>
    <message>
        <source>No reference range or checksum applies to &apos;%1&apos;.</source>
        <translation>Für &apos;%1&apos; gilt kein Referenzbereich und keine Prüfsumme.</translation>
    </message>
    <message>
        <source>The dataset has no cells.</source>
        <translation>Der Datensatz hat keine Zellen.</translation>
    </message>
    <message>
        <source>%1 of %2 cells hold a value (%3 are null or blank).</source>
        <translation>%1 von %2 Zellen enthalten einen Wert (%3 sind NULL oder leer).</translation>
    </message>
    <message>
        <source>No column has a type or format to check values against.</source>
        <translation>Keine Spalte hat einen Typ oder ein Format, gegen das Werte geprüft werden können.</translation>
    </message>
    <message>
        <source>%1 of %2 values checked in %3 typed or formatted columns are valid.</source>
        <translation>%1 von %2 geprüften Werten in %3 typisierten oder formatierten Spalten sind gültig.</translation>
    </message>
    <message>
        <source>The dataset has no rows.</source>
        <translation>Der Datensatz hat keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are distinct (%3%4 duplicate rows).</source>
        <translation>%1 von %2 Zeilen sind verschieden (%3%4 doppelte Zeilen).</translation>
    </message>
    <message>
        <source>%1 of %2 values are written inconsistently (stray spaces, minority case or date format).</source>
        <translation>%1 von %2 Werten sind uneinheitlich geschrieben (überzählige Leerzeichen, seltenere Schreibweise oder seltenes Datumsformat).</translation>
    </message>
    <message>
        <source>No column has a reference range or checksum (dates, ages, percentages, quantities, cards, IBANs).</source>
        <translation>Keine Spalte hat einen Referenzbereich oder eine Prüfsumme (Datumswerte, Altersangaben, Prozentwerte, Mengen, Karten, IBANs).</translation>
    </message>
    <message>
        <source>%1 of %2 values checked against reference ranges in %3 columns are implausible.</source>
        <translation>%1 von %2 gegen Referenzbereiche geprüften Werten in %3 Spalten sind unplausibel.</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Profile of %1 — %2</source>
        <translation>Profil von %1 — %2</translation>
    </message>
    <message>
        <source>Profiled %1 in %2 s</source>
        <translation>%1 in %2 s profiliert</translation>
    </message>
    <message>
        <source>sample of the first %1 rows</source>
        <translation>Stichprobe der ersten %1 Zeilen</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>alle Zeilen</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>duplicate rows</source>
        <translation>doppelte Zeilen</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>set aside (malformed)</source>
        <translation>zurückgestellt (fehlerhaft)</translation>
    </message>
    <message>
        <source>overall quality</source>
        <translation>Gesamtqualität</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Quality scores</source>
        <translation>Qualitätswerte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>%1 (%2 null, %3 blank)</source>
        <translation>%1 (%2 NULL, %3 leer)</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Missing values per column</source>
        <translation>Fehlende Werte pro Spalte</translation>
    </message>
    <message>
        <source>Missing together</source>
        <translation>Gemeinsam fehlend</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>(complete rows)</source>
        <translation>(vollständige Zeilen)</translation>
    </message>
    <message>
        <source>Missing-value patterns</source>
        <translation>Muster fehlender Werte</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Candidate keys</source>
        <translation>Schlüsselkandidaten</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Made by MigrateIQ %1.</source>
        <translation>Erstellt mit MigrateIQ %1.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Timestamp with zone</source>
        <translation>Zeitstempel mit Zeitzone</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>ISO date</source>
        <translation>ISO-Datum</translation>
    </message>
    <message>
        <source>Credit card number</source>
        <translation>Kreditkartennummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Currency amount</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Eindeutigkeit</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>High cardinality</source>
        <translation>Hohe Kardinalität</translation>
    </message>
    <message>
        <source>Mostly missing</source>
        <translation>Überwiegend fehlend</translation>
    </message>
    <message>
        <source>Skewed</source>
        <translation>Schief verteilt</translation>
    </message>
    <message>
        <source>Imbalanced</source>
        <translation>Unausgewogen</translation>
    </message>
    <message>
        <source>Numbers as text</source>
        <translation>Zahlen als Text</translation>
    </message>
    <message>
        <source>Dates as text</source>
        <translation>Datumswerte als Text</translation>
    </message>
    <message>
        <source>Mixed formats</source>
        <translation>Gemischte Formate</translation>
    </message>
    <message>
        <source>Constant length</source>
        <translation>Konstante Länge</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Doppelte Zeilen</translation>
    </message>
    <message>
        <source>High correlation</source>
        <translation>Hohe Korrelation</translation>
    </message>
    <message>
        <source>Pearson</source>
        <translation>Pearson</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Cramér&apos;s V</source>
        <translation>Cramérs V</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>-∞</source>
        <translation>-∞</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&apos;%1&apos; of source #%2</source>
        <translation>&apos;%1&apos; der Datenquelle #%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of file &apos;%2&apos;</source>
        <translation>&apos;%1&apos; der Datei &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot save the profile of &apos;%1&apos;: it names neither a source and stream nor a file.</source>
        <translation>Das Profil von &apos;%1&apos; kann nicht gespeichert werden: Es nennt weder Datenquelle und Datenstrom noch eine Datei.</translation>
    </message>
    <message>
        <source>Cannot save the profile of %1: the source no longer exists.</source>
        <translation>Das Profil von %1 kann nicht gespeichert werden: Die Datenquelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot save the profile of %1 in workspace &apos;%2&apos;: %3</source>
        <translation>Das Profil von %1 kann nicht im Arbeitsbereich &apos;%2&apos; gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the profiles of %1: %2</source>
        <translation>Die Profile von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read profile #%1: %2</source>
        <translation>Profil #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no profile #%1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Profil #%1.</translation>
    </message>
    <message>
        <source>Profile #%1 is damaged: %2</source>
        <translation>Profil #%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot remove profile #%1: %2</source>
        <translation>Profil #%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Profiler</name>
    <message>
        <source>Cannot profile &apos;%1&apos; of source &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht profiliert werden: %3</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no streams to profile.</source>
        <translation>Datenquelle &apos;%1&apos; hat keine Datenströme zum Profilieren.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos; of source &apos;%2&apos; was cancelled.</source>
        <translation>Die Profilierung von &apos;%1&apos; der Datenquelle &apos;%2&apos; wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>%1 quarantined</source>
        <translation>%1 in Quarantäne</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>ETA %1:%2</source>
        <translation>noch ca. %1:%2</translation>
    </message>
</context>
<context>
    <name>RunFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>mismatch in %1</source>
        <translation>Abweichung in %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; has not run yet. Run it with: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>Job &apos;%1&apos; ist noch nicht gelaufen. Führen Sie ihn aus mit: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No runs yet. Start one with &apos;migrateiq-cli sync&apos; or &apos;migrateiq-cli jobs run&apos;.</source>
        <translation>Noch keine Läufe. Starten Sie einen mit &apos;migrateiq-cli sync&apos; oder &apos;migrateiq-cli jobs run&apos;.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>GELESEN</translation>
    </message>
    <message>
        <source>WRITTEN</source>
        <translation>GESCHRIEBEN</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>QUARANTÄNE</translation>
    </message>
    <message>
        <source>one-shot</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; (#%2)</source>
        <translation>Datenquelle &apos;%1&apos; (#%2)</translation>
    </message>
    <message>
        <source>source #%1 (removed since)</source>
        <translation>Datenquelle #%1 (inzwischen entfernt)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>%1, stream &apos;%2&apos;</source>
        <translation>%1, Datenstrom &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Target DDL:</source>
        <translation>Ziel-DDL:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>Run #%1 quarantined no rows.</source>
        <translation>Lauf #%1 hat keine Zeilen in Quarantäne gestellt.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>RAW</source>
        <translation>ROHTEXT</translation>
    </message>
    <message>
        <source>(rows %1-%2 of the %3 quarantined by run #%4; --export FILE writes them all as CSV)</source>
        <translation>(Zeilen %1–%2 der %3 von Lauf #%4 in Quarantäne gestellten; --export FILE schreibt alle als CSV)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Exported 1 quarantined row of run #%1 to &apos;%2&apos;.</source>
        <translation>1 Quarantäne-Zeile von Lauf #%1 nach &apos;%2&apos; exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 quarantined rows of run #%2 to &apos;%3&apos;.</source>
        <translation>%1 Quarantäne-Zeilen von Lauf #%2 nach &apos;%3&apos; exportiert.</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <source>List the runs of the workspace, or of one job</source>
        <translation>Die Läufe des Arbeitsbereichs oder eines Jobs auflisten</translation>
    </message>
    <message>
        <source>Newest first: run number, job (or one-shot for &apos;sync&apos;), status, start, duration, rows read, written and quarantined, and the verification result. A run whose process ended without finishing it shows as interrupted.</source>
        <translation>Neueste zuerst: Laufnummer, Job (oder „einmalig“ für &apos;sync&apos;), Status, Start, Dauer, gelesene, geschriebene und in Quarantäne gestellte Zeilen sowie das Prüfergebnis. Ein Lauf, dessen Prozess endete, ohne ihn abzuschließen, wird als unterbrochen angezeigt.</translation>
    </message>
    <message>
        <source>Runs to list (default %1).</source>
        <translation>Anzahl der aufzulistenden Läufe (Standard: %1).</translation>
    </message>
    <message>
        <source>Show a run in full: counts, verification, timings, target DDL and log</source>
        <translation>Einen Lauf vollständig anzeigen: Zählungen, Prüfung, Zeiten, Ziel-DDL und Protokoll</translation>
    </message>
    <message>
        <source>RUN is the run&apos;s number, as &apos;runs&apos; lists it. &apos;run RUN&apos; does the same.</source>
        <translation>RUN ist die Nummer des Laufs, wie &apos;runs&apos; sie auflistet. &apos;run RUN&apos; bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>Same as &apos;runs show RUN&apos;</source>
        <translation>Wie &apos;runs show RUN&apos;</translation>
    </message>
    <message>
        <source>List the rows a run quarantined, or export them as CSV</source>
        <translation>Die von einem Lauf in Quarantäne gestellten Zeilen auflisten oder als CSV exportieren</translation>
    </message>
    <message>
        <source>Rows to show (default %1; --export: all).</source>
        <translation>Anzahl der anzuzeigenden Zeilen (Standard: %1; --export: alle).</translation>
    </message>
    <message>
        <source>Rows to skip first (default 0).</source>
        <translation>Anzahl der zuerst zu überspringenden Zeilen (Standard: 0).</translation>
    </message>
    <message>
        <source>Write the rows to FILE as CSV.</source>
        <translation>Die Zeilen als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Run #%1 quarantined no rows; there is nothing to load again.</source>
        <translation>Lauf #%1 hat keine Zeilen in Quarantäne gestellt; es gibt nichts erneut zu laden.</translation>
    </message>
    <message>
        <source>run: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>führen Sie aus: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run the sync command of run #%1 again</source>
        <translation>den Sync-Befehl von Lauf #%1 erneut ausführen</translation>
    </message>
    <message>
        <source>For each row that could not be read or converted: its line (and file), record number, column, the reason and the raw text. --export FILE writes them all (or the --limit/--offset page) as CSV with the columns record_number,line,location,column,reason,raw, so that they can be fixed and loaded again.
--retry, once the source is fixed, loads those rows again: a new run of the same job reads only their records (by record number, so fix rows in place without adding or removing any), converts them with the types of run RUN, and appends them to its target (upserts for an upsert job). Rows that still fail stay quarantined, in the new run.</source>
        <translation>Für jede Zeile, die nicht gelesen oder umgewandelt werden konnte: ihre Zeile (und Datei), Datensatznummer, Spalte, der Grund und der Rohtext. --export FILE schreibt sie alle (oder die Seite aus --limit/--offset) als CSV mit den Spalten record_number,line,location,column,reason,raw, damit sie korrigiert und erneut geladen werden können.
--retry lädt diese Zeilen erneut, sobald die Datenquelle korrigiert ist: Ein neuer Lauf desselben Jobs liest nur deren Datensätze (nach Datensatznummer; korrigieren Sie die Zeilen also an Ort und Stelle, ohne welche hinzuzufügen oder zu entfernen), wandelt sie mit den Typen von Lauf RUN um und hängt sie an sein Ziel an (Upsert bei einem Upsert-Job). Zeilen, die weiterhin fehlschlagen, bleiben im neuen Lauf in Quarantäne.</translation>
    </message>
    <message>
        <source>Load the quarantined rows again from the fixed source.</source>
        <translation>Die Quarantäne-Zeilen aus der korrigierten Datenquelle erneut laden.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>%1 for source &apos;%2&apos; (%3): </source>
        <translation>%1 für Datenquelle &apos;%2&apos; (%3): </translation>
    </message>
    <message>
        <source>%1 for source &apos;%2&apos; (%3, optional, Enter to skip): </source>
        <translation>%1 für Datenquelle &apos;%2&apos; (%3, optional, Eingabetaste zum Überspringen): </translation>
    </message>
    <message>
        <source>Standard input is larger than %1 bytes; it should hold one line per secret field.</source>
        <translation>Die Standardeingabe ist größer als %1 Bytes; sie sollte eine Zeile pro geheimem Feld enthalten.</translation>
    </message>
    <message>
        <source>Line %1 of standard input sets &apos;%2&apos;, which is not a secret field; give it with --set %2=VALUE.</source>
        <translation>Zeile %1 der Standardeingabe setzt &apos;%2&apos;, das kein geheimes Feld ist; geben Sie es mit --set %2=VALUE an.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is one line too many: the secret fields of %2 sources are: %3.</source>
        <translation>Zeile %1 der Standardeingabe ist eine Zeile zu viel: Die geheimen Felder von Datenquellen vom Typ %2 sind: %3.</translation>
    </message>
</context>
<context>
    <name>SourceEditCommand</name>
    <message>
        <source>--set needs KEY=VALUE, e.g. --set path=data.csv; --set number %1 is not of that form.</source>
        <translation>--set benötigt KEY=VALUE, z. B. --set path=data.csv; das %1. --set hat nicht diese Form.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a secret field of %2, and secrets are never taken from the command line (they would stay in the shell history and be visible in the process list). Give it on standard input with --secret-stdin, or run the command in a terminal to be prompted for it.</source>
        <translation>&apos;%1&apos; ist ein geheimes Feld des Typs %2, und geheime Werte werden nie von der Kommandozeile übernommen (sie blieben im Shell-Verlauf und wären in der Prozessliste sichtbar). Geben Sie den Wert mit --secret-stdin über die Standardeingabe an, oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>&apos;%1&apos; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 has no setting &apos;%2&apos;.</source>
        <translation>Der Typ %1 hat keine Einstellung &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) is not valid:
  %3
Run &apos;migrateiq-cli types %2&apos; for its settings.</source>
        <translation>Datenquelle &apos;%1&apos; (%2) ist ungültig:
  %3
&apos;migrateiq-cli types %2&apos; zeigt ihre Einstellungen.</translation>
    </message>
    <message>
        <source>MIQ_SECRET_STORE=memory: the secrets are kept in this process&apos;s memory only and are forgotten when this command exits.</source>
        <translation>MIQ_SECRET_STORE=memory: Die Zugangsdaten werden nur im Speicher dieses Prozesses gehalten und gehen verloren, wenn dieser Befehl endet.</translation>
    </message>
    <message>
        <source>&apos;sources add&apos; needs --name and --type. Run &apos;migrateiq-cli sources add --help&apos; for usage.</source>
        <translation>&apos;sources add&apos; benötigt --name und --type. Die Verwendung zeigt &apos;migrateiq-cli sources add --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown connector type &apos;%1&apos;. Known types: %2 (see &apos;migrateiq-cli types&apos;).</source>
        <translation>Unbekannter Konnektortyp &apos;%1&apos;. Bekannte Typen: %2 (siehe &apos;migrateiq-cli types&apos;).</translation>
    </message>
    <message>
        <source>%1 sources have no secret fields; leave out --secret-stdin.</source>
        <translation>Datenquellen vom Typ %1 haben keine geheimen Felder; lassen Sie --secret-stdin weg.</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists in workspace &apos;%2&apos; (type %3). Choose another name, or change it with &apos;sources edit&apos;.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es bereits eine Datenquelle namens &apos;%1&apos; (Typ %3). Wählen Sie einen anderen Namen oder ändern Sie die vorhandene mit &apos;sources edit&apos;.</translation>
    </message>
    <message>
        <source>Secret fields are read from standard input: pipe them in with --secret-stdin (one line per secret field, or KEY=VALUE lines), or run the command in a terminal to be prompted.</source>
        <translation>Geheime Felder werden von der Standardeingabe gelesen: Leiten Sie sie mit --secret-stdin weiter (eine Zeile pro geheimem Feld oder Zeilen der Form KEY=VALUE), oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>For migrateiq-cli the session is this one command: the secrets are lost when it exits.</source>
        <translation>Für migrateiq-cli ist die Sitzung dieser eine Befehl: Die Zugangsdaten gehen verloren, wenn er endet.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; was added without its secrets because the keychain could not store them. Fix the keychain, then run: migrateiq-cli sources edit &quot;%1&quot; --secret-stdin</source>
        <translation>Datenquelle &apos;%1&apos; wurde ohne Zugangsdaten hinzugefügt, weil der Schlüsselbund sie nicht speichern konnte. Beheben Sie das Problem mit dem Schlüsselbund und führen Sie dann aus: migrateiq-cli sources edit &quot;%1&quot; --secret-stdin</translation>
    </message>
    <message>
        <source>Added source &apos;%1&apos; (%2, #%3).</source>
        <translation>Datenquelle &apos;%1&apos; hinzugefügt (%2, #%3).</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has the connector type &apos;%2&apos;, which this version does not know.</source>
        <translation>Datenquelle &apos;%1&apos; hat den Konnektortyp &apos;%2&apos;, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>--name needs a non-empty name.</source>
        <translation>--name benötigt einen nicht leeren Namen.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set, --unset, --name or --secret-stdin.</source>
        <translation>Nichts zu ändern: Geben Sie --set, --unset, --name oder --secret-stdin an.</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists.</source>
        <translation>Eine Datenquelle namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot read the secrets of source &apos;%1&apos; (secret store: %2): %3 Nothing was changed.</source>
        <translation>Die Zugangsdaten der Datenquelle &apos;%1&apos; können nicht gelesen werden (Zugangsdatenspeicher: %2): %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot store the secrets of source &apos;%1&apos;: %2 For migrateiq-cli the session is this one command, so they are lost; the source was not changed.</source>
        <translation>Die Zugangsdaten der Datenquelle &apos;%1&apos; können nicht gespeichert werden: %2 Für migrateiq-cli ist die Sitzung dieser eine Befehl, daher gehen sie verloren; die Datenquelle wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Updated source &apos;%1&apos;. Run &apos;migrateiq-cli sources test &quot;%1&quot;&apos; to check it.</source>
        <translation>Datenquelle &apos;%1&apos; aktualisiert. Prüfen Sie sie mit &apos;migrateiq-cli sources test &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>A setting of the connector type (repeat for each; &apos;migrateiq-cli types&apos; lists them). Relative file paths are stored as absolute paths. An empty VALUE leaves the setting at its default.</source>
        <translation>Eine Einstellung des Konnektortyps (für jede wiederholen; &apos;migrateiq-cli types&apos; listet sie auf). Relative Dateipfade werden als absolute Pfade gespeichert. Ein leerer VALUE belässt die Einstellung auf ihrem Standardwert.</translation>
    </message>
    <message>
        <source>Read the secret fields from standard input: one line per secret field in the order &apos;types&apos; lists them (an empty line skips one), or KEY=VALUE lines. From a terminal, each is prompted for without echo.</source>
        <translation>Die geheimen Felder von der Standardeingabe lesen: eine Zeile pro geheimem Feld in der Reihenfolge, in der &apos;types&apos; sie auflistet (eine leere Zeile überspringt eines), oder Zeilen der Form KEY=VALUE. In einem Terminal wird jedes ohne Echo abgefragt.</translation>
    </message>
    <message>
        <source>Add a source to the workspace</source>
        <translation>Eine Datenquelle zum Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>The settings are checked against the type&apos;s fields: unknown keys, missing required fields, bad numbers and choices are refused (exit code 2). Secret fields (passwords, tokens) are never taken from --set: they are read from standard input with --secret-stdin, or prompted for without echo when standard input is a terminal; a required secret that cannot be read is an error. Secrets go to the system keychain, keyed by workspace and source; if the keychain cannot store them, the source is still added, without them, and the exit code is 4.

Example:
  migrateiq-cli sources add --name sales --type csv --set path=data/sales.csv --set delimiter=&apos;;&apos;
  printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | migrateiq-cli sources add --name crm --type postgres \
      --set host=db.local --set database=crm --set user=analyst --secret-stdin</source>
        <translation>Die Einstellungen werden anhand der Felder des Typs geprüft: Unbekannte Schlüssel, fehlende Pflichtfelder, ungültige Zahlen und Auswahlwerte werden abgelehnt (Exit-Code 2). Geheime Felder (Passwörter, Tokens) werden nie aus --set übernommen, sondern mit --secret-stdin von der Standardeingabe gelesen oder ohne Echo abgefragt, wenn die Standardeingabe ein Terminal ist; ein erforderliches geheimes Feld, das nicht gelesen werden kann, ist ein Fehler. Zugangsdaten werden im Systemschlüsselbund abgelegt, zugeordnet nach Arbeitsbereich und Datenquelle; kann der Schlüsselbund sie nicht speichern, wird die Datenquelle trotzdem hinzugefügt, ohne sie, und der Exit-Code ist 4.

Beispiel:
  migrateiq-cli sources add --name sales --type csv --set path=data/sales.csv --set delimiter=&apos;;&apos;
  printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | migrateiq-cli sources add --name crm --type postgres \
      --set host=db.local --set database=crm --set user=analyst --secret-stdin</translation>
    </message>
    <message>
        <source>Name of the new source (unique in the workspace, ignoring case).</source>
        <translation>Name der neuen Datenquelle (eindeutig im Arbeitsbereich, ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Connector type, e.g. csv, json, sqlite, postgres (see &apos;migrateiq-cli types&apos;).</source>
        <translation>Konnektortyp, z. B. csv, json, sqlite, postgres (siehe &apos;migrateiq-cli types&apos;).</translation>
    </message>
    <message>
        <source>Change a source&apos;s name, settings or secrets</source>
        <translation>Name, Einstellungen oder Zugangsdaten einer Datenquelle ändern</translation>
    </message>
    <message>
        <source>Settings not mentioned keep their values. Secrets change only with --secret-stdin (fields not given keep their stored value; a KEY= line clears one) or --unset KEY. The source&apos;s status goes back to untested.</source>
        <translation>Nicht genannte Einstellungen behalten ihre Werte. Zugangsdaten ändern sich nur mit --secret-stdin (nicht angegebene Felder behalten ihren gespeicherten Wert; eine Zeile KEY= löscht einen) oder mit --unset KEY. Der Status der Datenquelle wird auf „ungetestet“ zurückgesetzt.</translation>
    </message>
    <message>
        <source>New name of the source.</source>
        <translation>Neuer Name der Datenquelle.</translation>
    </message>
    <message>
        <source>Remove a setting (back to its default) or a stored secret.</source>
        <translation>Eine Einstellung (zurück auf den Standardwert) oder einen gespeicherten geheimen Wert entfernen.</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>No sources yet. Add one with: migrateiq-cli sources add --name NAME --type TYPE --set KEY=VALUE (see &apos;migrateiq-cli types&apos;).</source>
        <translation>Noch keine Datenquellen. Fügen Sie eine hinzu mit: migrateiq-cli sources add --name NAME --type TYPE --set KEY=VALUE (siehe &apos;migrateiq-cli types&apos;).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>GETESTET</translation>
    </message>
    <message>
        <source>SETTINGS</source>
        <translation>EINSTELLUNGEN</translation>
    </message>
    <message>
        <source>Connection test of source &apos;%1&apos; failed: %2</source>
        <translation>Verbindungstest der Datenquelle &apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: connection ok - %2</source>
        <translation>Datenquelle &apos;%1&apos;: Verbindung OK - %2</translation>
    </message>
    <message>
        <source>Cannot remove the secrets of source &apos;%1&apos; (secret store: %2): %3 The source was kept; fix the keychain and try again, or use --force to remove the source and leave its secrets in the keychain.</source>
        <translation>Die Zugangsdaten der Datenquelle &apos;%1&apos; können nicht entfernt werden (Zugangsdatenspeicher: %2): %3 Die Datenquelle wurde behalten; beheben Sie das Problem mit dem Schlüsselbund und versuchen Sie es erneut, oder entfernen Sie die Datenquelle mit --force und lassen Sie ihre Zugangsdaten im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Cannot remove the secrets of source &apos;%1&apos; (secret store: %2): %3 They stay in the keychain under &apos;%4&apos;.</source>
        <translation>Die Zugangsdaten der Datenquelle &apos;%1&apos; können nicht entfernt werden (Zugangsdatenspeicher: %2): %3 Die Zugangsdaten bleiben im Schlüsselbund unter &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Removed source &apos;%1&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(Test vom %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (unknown to this version)</source>
        <translation>%1 (dieser Version unbekannt)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>set (secret)</source>
        <translation>gesetzt (geheim)</translation>
    </message>
    <message>
        <source>not set (secret)</source>
        <translation>nicht gesetzt (geheim)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>List the sources of the workspace</source>
        <translation>Die Datenquellen des Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <source>One line per source: name, type, status of the last connection test, when it ran, and the non-secret settings. With --json, an array of the objects &apos;sources show --json&apos; prints.</source>
        <translation>Eine Zeile pro Datenquelle: Name, Typ, Status und Zeitpunkt des letzten Verbindungstests sowie die nicht geheimen Einstellungen. Mit --json ein Array der Objekte, die &apos;sources show --json&apos; ausgibt.</translation>
    </message>
    <message>
        <source>Show a source&apos;s settings and status</source>
        <translation>Einstellungen und Status einer Datenquelle anzeigen</translation>
    </message>
    <message>
        <source>Every setting of the source&apos;s type with its value or default; secret fields only as set or not set, never their values; the last connection test&apos;s status and message; when the source was created and last changed. NAME may also be #ID.</source>
        <translation>Jede Einstellung des Datenquellentyps mit ihrem Wert oder Standardwert; geheime Felder nur als gesetzt oder nicht gesetzt, nie ihre Werte; Status und Meldung des letzten Verbindungstests; wann die Datenquelle erstellt und zuletzt geändert wurde. NAME kann auch #ID sein.</translation>
    </message>
    <message>
        <source>Test the connection of a source and record the result</source>
        <translation>Die Verbindung einer Datenquelle testen und das Ergebnis speichern</translation>
    </message>
    <message>
        <source>Connects with the stored settings and the secrets from the keychain, prints what was found (or the error, exit code 1) and records the result as the source&apos;s status. With --json the result object is printed in both cases.</source>
        <translation>Verbindet mit den gespeicherten Einstellungen und den Zugangsdaten aus dem Schlüsselbund, gibt aus, was gefunden wurde (oder den Fehler, Exit-Code 1), und speichert das Ergebnis als Status der Datenquelle. Mit --json wird in beiden Fällen das Ergebnisobjekt ausgegeben.</translation>
    </message>
    <message>
        <source>Remove a source and its secrets</source>
        <translation>Eine Datenquelle und ihre Zugangsdaten entfernen</translation>
    </message>
    <message>
        <source>Removes the source&apos;s secrets from the keychain, then the source. If the keychain fails, the source is kept (exit code 4) unless --force is given.</source>
        <translation>Entfernt zuerst die Zugangsdaten der Datenquelle aus dem Schlüsselbund, dann die Datenquelle. Schlägt der Schlüsselbund fehl, bleibt die Datenquelle erhalten (Exit-Code 4), außer mit --force.</translation>
    </message>
    <message>
        <source>Remove the source even when its secrets cannot be removed from the keychain.</source>
        <translation>Die Datenquelle auch dann entfernen, wenn ihre Zugangsdaten nicht aus dem Schlüsselbund entfernt werden können.</translation>
    </message>
</context>
<context>
    <name>SqlStreamReader</name>
    <message numerus="yes">
        <source>binary value of %n byte(s)</source>
        <translation>
            <numerusform>Binärwert mit %n Byte</numerusform>
            <numerusform>Binärwert mit %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stream &apos;%1&apos; of source &apos;%2&apos; was cancelled.</source>
        <translation>Das Lesen des Datenstroms &apos;%1&apos; der Datenquelle &apos;%2&apos; wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 is not a timestamp (YYYY-MM-DD HH:MM:SS)</source>
        <translation>%1 ist kein Zeitstempel (JJJJ-MM-TT HH:MM:SS)</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 in a text column</source>
        <translation>%1 in einer Textspalte</translation>
    </message>
    <message>
        <source>unsupported column type</source>
        <translation>nicht unterstützter Spaltentyp</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of stream &apos;%2&apos;: %3</source>
        <translation>Spalte &apos;%1&apos; des Datenstroms &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>SqliteCommittedRows</name>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>Tabelle &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Cannot verify %1: rows committed before the end were not all read.</source>
        <translation>Kann %1 nicht prüfen: nicht alle vor dem Ende festgeschriebenen Zeilen wurden gelesen.</translation>
    </message>
    <message>
        <source>Cannot verify %1: %2</source>
        <translation>Kann %1 nicht prüfen: %2</translation>
    </message>
    <message>
        <source>Verification failed: the rows of %1 changed after the run copied them (its last row is number %2, not %3).</source>
        <translation>Prüfung fehlgeschlagen: die Zeilen von %1 haben sich nach dem Kopieren geändert (die letzte Zeile hat die Nummer %2, nicht %3).</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not the table the run loaded and read back.</source>
        <translation>Prüfung fehlgeschlagen: %1 ist nicht die Tabelle, die der Lauf geladen und zurückgelesen hat.</translation>
    </message>
</context>
<context>
    <name>SqliteConnector</name>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; (SQLite file &apos;%3&apos;): %4</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht gelesen werden (SQLite-Datei &apos;%3&apos;): %4</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Tables, views and an optional query of an SQLite database file. The file is opened read-only and never modified.</source>
        <translation>Tabellen, Sichten und eine optionale Abfrage einer SQLite-Datenbankdatei. Die Datei wird schreibgeschützt geöffnet und nie verändert.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>The SQLite database file (.sqlite, .sqlite3, .db).</source>
        <translation>Die SQLite-Datenbankdatei (.sqlite, .sqlite3, .db).</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Optional SELECT statement, offered as an extra stream named &apos;query&apos;.</source>
        <translation>Optionale SELECT-Anweisung, angeboten als zusätzlicher Datenstrom namens &apos;query&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1 of source &apos;%2&apos; (SQLite file &apos;%3&apos;): %4</source>
        <translation>Fehler beim Lesen %1 der Datenquelle &apos;%2&apos; (SQLite-Datei &apos;%3&apos;): %4</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no SQLite file set.</source>
        <translation>Für Datenquelle &apos;%1&apos; ist keine SQLite-Datei angegeben.</translation>
    </message>
    <message>
        <source>SQLite file &apos;%1&apos; of source &apos;%2&apos; does not exist.</source>
        <translation>Die SQLite-Datei &apos;%1&apos; der Datenquelle &apos;%2&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of source &apos;%2&apos; is a folder, not an SQLite file.</source>
        <translation>&apos;%1&apos; der Datenquelle &apos;%2&apos; ist ein Ordner, keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>Cannot open source &apos;%1&apos;: the Qt SQLite driver (QSQLITE) is not installed (Debian/Ubuntu package libqt6sql6-sqlite).</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht geöffnet werden: Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert (Debian/Ubuntu-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open SQLite file &apos;%1&apos; of source &apos;%2&apos;: %3</source>
        <translation>Die SQLite-Datei &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>SQLite file &apos;%1&apos; of source &apos;%2&apos; is not an SQLite database (%3).</source>
        <translation>Die Datei &apos;%1&apos; der Datenquelle &apos;%2&apos; ist keine SQLite-Datenbank (%3).</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>der Tabellenliste</translation>
    </message>
    <message>
        <source>the columns of &apos;%1&apos;</source>
        <translation>der Spalten von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>der Abfrage</translation>
    </message>
    <message>
        <source>SQLite %1, tables: %2, views: %3</source>
        <translation>SQLite %1, Tabellen: %2, Sichten: %3</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no table or view named &apos;%2&apos; (SQLite file &apos;%3&apos;).</source>
        <translation>Datenquelle &apos;%1&apos; hat keine Tabelle oder Sicht namens &apos;%2&apos; (SQLite-Datei &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>stream &apos;%1&apos;</source>
        <translation>des Datenstroms &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it is a virtual table</source>
        <translation>sie ist eine virtuelle Tabelle</translation>
    </message>
    <message>
        <source>it is a WITHOUT ROWID table</source>
        <translation>sie ist eine WITHOUT-ROWID-Tabelle</translation>
    </message>
    <message>
        <source>its columns shadow every name of the rowid</source>
        <translation>ihre Spalten verdecken jeden Namen der rowid</translation>
    </message>
    <message>
        <source>it is a query</source>
        <translation>es ist eine Abfrage</translation>
    </message>
    <message>
        <source>it is a view</source>
        <translation>es ist eine Sicht</translation>
    </message>
    <message>
        <source>Stream &apos;%1&apos; of source &apos;%2&apos; cannot continue where the interrupted run stopped (%3); start over with --full.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht dort weitermachen, wo der unterbrochene Lauf anhielt (%3); beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>Stream &apos;%1&apos; of source &apos;%2&apos; has changed since the interrupted run (its columns differ); start over with --full.</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; hat sich seit dem unterbrochenen Lauf geändert (die Spalten unterscheiden sich); beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>SQLite file &apos;%1&apos; of source &apos;%2&apos; has changed since the interrupted run; table &apos;%3&apos; has no INTEGER PRIMARY KEY, so its rows may have been renumbered; start over with --full.</source>
        <translation>Die SQLite-Datei &apos;%1&apos; der Datenquelle &apos;%2&apos; hat sich seit dem unterbrochenen Lauf geändert; Tabelle &apos;%3&apos; hat keinen INTEGER PRIMARY KEY, ihre Zeilen wurden also möglicherweise neu nummeriert; beginnen Sie mit --full von vorn.</translation>
    </message>
</context>
<context>
    <name>SqliteDestination</name>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>Tabelle &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write record %1 to %2: %3</source>
        <translation>Datensatz %1 kann nicht in %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos;: %2</source>
        <translation>Tabelle &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Loaded into the staging table %1, which replaces %2 when the run finishes.</source>
        <translation>Wird in die Staging-Tabelle %1 geladen, die %2 am Ende des Laufs ersetzt.</translation>
    </message>
    <message>
        <source>Table %1 exists and is compatible; rows are added to it.</source>
        <translation>Tabelle %1 existiert und ist kompatibel; die Zeilen werden angehängt.</translation>
    </message>
    <message>
        <source>Cannot write to %1: no table name is set.</source>
        <translation>In %1 kann nicht geschrieben werden: Es ist kein Tabellenname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the table name &apos;%2&apos; is reserved for run checkpoints.</source>
        <translation>In %1 kann nicht geschrieben werden: Der Tabellenname &apos;%2&apos; ist für Checkpoints von Läufen reserviert.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: it has no columns.</source>
        <translation>Tabelle &apos;%1&apos; in %2 kann nicht geschrieben werden: Sie hat keine Spalten.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: column &apos;%3&apos; appears twice (SQLite ignores case in names).</source>
        <translation>Tabelle &apos;%1&apos; in %2 kann nicht geschrieben werden: Spalte &apos;%3&apos; kommt zweimal vor (SQLite ignoriert Groß-/Kleinschreibung in Namen).</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: no key columns are set.</source>
        <translation>Upsert in Tabelle &apos;%1&apos; in %2 nicht möglich: Es sind keine Schlüsselspalten angegeben.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: key column &apos;%3&apos; is not one of the columns.</source>
        <translation>Upsert in Tabelle &apos;%1&apos; in %2 nicht möglich: Schlüsselspalte &apos;%3&apos; ist keine der Spalten.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on %2: run &apos;%3&apos; is still writing it.</source>
        <translation>Lauf &apos;%1&apos; kann nicht für %2 gestartet werden: Lauf &apos;%3&apos; schreibt noch hinein.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its table &apos;%2&apos; no longer exists. Start the run over.</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: Seine Tabelle &apos;%2&apos; existiert nicht mehr. Starten Sie den Lauf neu.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: %2</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: the unique index on the keys is gone.</source>
        <translation>Lauf &apos;%1&apos; kann nicht fortgesetzt werden: Der eindeutige Index auf den Schlüsseln fehlt.</translation>
    </message>
    <message>
        <source>cannot create a unique index on the key columns (%1) of the existing table, which upsert needs: %2. Remove the duplicate keys or choose other keys.</source>
        <translation>auf den Schlüsselspalten (%1) der vorhandenen Tabelle kann kein eindeutiger Index angelegt werden, den Upsert benötigt: %2. Entfernen Sie die doppelten Schlüssel oder wählen Sie andere Schlüssel.</translation>
    </message>
    <message>
        <source>key column &apos;%1&apos; is null, so the row cannot be matched for upsert.</source>
        <translation>Schlüsselspalte &apos;%1&apos; ist NULL, daher kann die Zeile für den Upsert nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>the value of column &apos;%1&apos; is out of range.</source>
        <translation>der Wert der Spalte &apos;%1&apos; liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Cannot read %1 back: its run has not finished.</source>
        <translation>%1 kann nicht zurückgelesen werden: Sein Lauf ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: no run has written it.</source>
        <translation>&apos;%1&apos; kann nicht zurückgelesen werden: Kein Lauf hat es geschrieben.</translation>
    </message>
    <message>
        <source>Reading %1 back cannot resume from a position.</source>
        <translation>Das Zurücklesen von %1 kann nicht an einer Position fortgesetzt werden.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a view, not a table</source>
        <translation>&apos;%1&apos; ist eine Sicht, keine Tabelle</translation>
    </message>
    <message>
        <source>the table has no column &apos;%1&apos;</source>
        <translation>die Tabelle hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is declared &apos;%2&apos; (%3 affinity), which would not keep %4 values exactly; a new table would declare it %5</source>
        <translation>Spalte &apos;%1&apos; ist als &apos;%2&apos; deklariert (Affinität %3), was Werte vom Typ %4 nicht exakt speichern würde; eine neue Tabelle würde sie als %5 deklarieren</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is NOT NULL without a default, and the target does not write it</source>
        <translation>Spalte &apos;%1&apos; ist NOT NULL ohne Standardwert, und das Ziel schreibt sie nicht</translation>
    </message>
</context>
<context>
    <name>SqliteTableReader</name>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>Tabelle &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>a %1 value where %2 was expected</source>
        <translation>ein %1-Wert, wo %2 erwartet wurde</translation>
    </message>
    <message>
        <source>Reading %1 back was cancelled.</source>
        <translation>Das Zurücklesen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>verified: %1 rows, identical checksums on both sides</source>
        <translation>geprüft: %1 Zeilen, identische Prüfsummen auf beiden Seiten</translation>
    </message>
    <message>
        <source>verified: the destination holds %1 rows, including the %2 written by this run</source>
        <translation>geprüft: Das Ziel enthält %1 Zeilen, einschließlich der %2 von diesem Lauf geschriebenen</translation>
    </message>
    <message>
        <source>MISMATCH: %1 rows were sent, the destination holds %2</source>
        <translation>ABWEICHUNG: %1 Zeilen wurden gesendet, das Ziel enthält %2</translation>
    </message>
    <message>
        <source>MISMATCH in column(s): %1</source>
        <translation>ABWEICHUNG in Spalte(n): %1</translation>
    </message>
    <message>
        <source>not verified (the run did not get that far)</source>
        <translation>nicht geprüft (der Lauf ist nicht so weit gekommen)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>#%1 (resumed from its last checkpoint)</source>
        <translation>#%1 (ab dem letzten Checkpoint fortgesetzt)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>one-shot (%1)</source>
        <translation>einmalig (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 read, %2 written, %3 quarantined</source>
        <translation>%1 gelesen, %2 geschrieben, %3 in Quarantäne</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>Tabelle &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Target table of a database destination (default: the stream&apos;s name).</source>
        <translation>Zieltabelle eines Datenbankziels (Standard: der Name des Datenstroms).</translation>
    </message>
    <message>
        <source>Fail the run at the first bad row (it is still quarantined). Default: quarantine bad rows and go on.</source>
        <translation>Den Lauf bei der ersten fehlerhaften Zeile abbrechen (sie kommt trotzdem in Quarantäne). Standard: fehlerhafte Zeilen in Quarantäne stellen und fortfahren.</translation>
    </message>
    <message>
        <source>Fail the run once more than N rows were quarantined (&apos;none&apos;: no limit).</source>
        <translation>Den Lauf abbrechen, sobald mehr als N Zeilen in Quarantäne gestellt wurden (&apos;none&apos;: keine Grenze).</translation>
    </message>
    <message>
        <source>Fail the run once more than P% of the rows read were quarantined (checked from 1000 rows on; &apos;none&apos;: no limit).</source>
        <translation>Den Lauf abbrechen, sobald mehr als P&#xa0;% der gelesenen Zeilen in Quarantäne gestellt wurden (geprüft ab 1000 Zeilen; &apos;none&apos;: keine Grenze).</translation>
    </message>
    <message>
        <source>Start over, even when an interrupted run of the same sync could be resumed.</source>
        <translation>Von vorn beginnen, auch wenn ein unterbrochener Lauf derselben Synchronisation fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>Rows between checkpoints (default %1): fewer mean less to redo after a crash, more a faster run.</source>
        <translation>Zeilen zwischen Checkpoints (Standard: %1): weniger bedeutet weniger Wiederholung nach einem Absturz, mehr einen schnelleren Lauf.</translation>
    </message>
    <message>
        <source>--mode must be replace, append or upsert, not &apos;%1&apos;.</source>
        <translation>--mode muss replace, append oder upsert sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--max-errors must be a whole number of rows (0 or more) or &apos;none&apos;, not &apos;%1&apos;.</source>
        <translation>--max-errors muss eine ganze Zahl von Zeilen (0 oder mehr) oder &apos;none&apos; sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--max-error-percent must be a number from 0 to 100 or &apos;none&apos;, not &apos;%1&apos;.</source>
        <translation>--max-error-percent muss eine Zahl von 0 bis 100 oder &apos;none&apos; sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--checkpoint-rows must be a whole number of rows (1 or more), not &apos;%1&apos;.</source>
        <translation>--checkpoint-rows muss eine ganze Zahl von Zeilen (1 oder mehr) sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;. &apos;migrateiq-cli sources list&apos; shows the sources.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es keine Datenquelle namens &apos;%1&apos;. &apos;migrateiq-cli sources list&apos; zeigt die Datenquellen an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give a file or the name of a source.</source>
        <translation>&apos;%1&apos; ist ein Ordner; geben Sie eine Datei oder den Namen einer Datenquelle an.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos;.</source>
        <translation>Es gibt keine Datei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;, and no file &apos;%1&apos;.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es keine Datenquelle namens &apos;%1&apos;, und es gibt keine Datei &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; reads source #%2, which is no longer in the workspace. Give it another source with: migrateiq-cli jobs edit &quot;%1&quot; --source SOURCE</source>
        <translation>Job &apos;%1&apos; liest Datenquelle #%2, die nicht mehr im Arbeitsbereich ist. Geben Sie ihm eine andere Datenquelle mit: migrateiq-cli jobs edit &quot;%1&quot; --source SOURCE</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: %2</source>
        <translation>Job &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream to read.</source>
        <translation>&apos;%1&apos; hat keinen Datenstrom zum Lesen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream &apos;%2&apos;. Its streams: %3.</source>
        <translation>&apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;. Vorhandene Datenströme: %3.</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; is a folder; give a file.</source>
        <translation>Ziel &apos;%1&apos; ist ein Ordner; geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>The folder of destination &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner des Ziels &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>There is no job named &apos;%1&apos; in workspace &apos;%2&apos;. &apos;migrateiq-cli jobs list&apos; shows the jobs.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es keinen Job namens &apos;%1&apos;. &apos;migrateiq-cli jobs list&apos; zeigt die Jobs an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run number; &apos;migrateiq-cli runs&apos; lists the runs.</source>
        <translation>&apos;%1&apos; ist keine Laufnummer; &apos;migrateiq-cli runs&apos; listet die Läufe auf.</translation>
    </message>
    <message>
        <source>There is no run #%1 in workspace &apos;%2&apos;. &apos;migrateiq-cli runs&apos; lists the runs.</source>
        <translation>Im Arbeitsbereich &apos;%2&apos; gibt es keinen Lauf #%1. &apos;migrateiq-cli runs&apos; listet die Läufe auf.</translation>
    </message>
    <message>
        <source>resuming interrupted run #%1 from its last checkpoint (%2 rows were done); --full starts over</source>
        <translation>unterbrochener Lauf #%1 wird ab seinem letzten Checkpoint fortgesetzt (%2 Zeilen waren erledigt); --full beginnt von vorn</translation>
    </message>
    <message>
        <source>migrateiq-cli: stopping at the next checkpoint; the run stays resumable (press Ctrl-C again to quit at once)</source>
        <translation>migrateiq-cli: Anhalten am nächsten Checkpoint; der Lauf bleibt fortsetzbar (erneut Strg+C drücken, um sofort zu beenden)</translation>
    </message>
    <message>
        <source>Cannot record the run of &apos;%1&apos; in workspace &apos;%2&apos;: %3</source>
        <translation>Der Lauf von &apos;%1&apos; kann nicht im Arbeitsbereich &apos;%2&apos; gespeichert werden: %3</translation>
    </message>
    <message>
        <source>run #%1 was interrupted after %2 rows; to resume it from its last checkpoint, %3.</source>
        <translation>Lauf #%1 wurde nach %2 Zeilen unterbrochen; um ihn ab seinem letzten Checkpoint fortzusetzen, %3.</translation>
    </message>
    <message>
        <source>Run #%1 of &apos;%2&apos; failed: %3</source>
        <translation>Lauf #%1 von &apos;%2&apos; ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>1 row was quarantined; see `migrateiq-cli errors %1`.</source>
        <translation>1 Zeile wurde in Quarantäne gestellt; siehe `migrateiq-cli errors %1`.</translation>
    </message>
    <message>
        <source>%1 rows were quarantined; see `migrateiq-cli errors %2`.</source>
        <translation>%1 Zeilen wurden in Quarantäne gestellt; siehe `migrateiq-cli errors %2`.</translation>
    </message>
    <message>
        <source>Rows can only be upserted into a database destination (.sqlite, .sqlite3, .db); use replace or append for a file.</source>
        <translation>Ein Upsert von Zeilen ist nur in ein Datenbankziel möglich (.sqlite, .sqlite3, .db); verwenden Sie für eine Datei replace oder append.</translation>
    </message>
    <message>
        <source>starting over (--full); interrupted run #%1 is marked cancelled</source>
        <translation>Neubeginn (--full); der unterbrochene Lauf #%1 wird als abgebrochen markiert</translation>
    </message>
    <message>
        <source>replace (the default: loads a staging table and swaps it in at the end), append, or upsert (inserts or updates by --key; database destinations only).</source>
        <translation>replace (Standard: lädt eine Staging-Tabelle und tauscht sie am Ende aus), append oder upsert (fügt nach --key ein oder aktualisiert; nur Datenbankziele).</translation>
    </message>
    <message>
        <source>Key columns (target names, comma-separated) that identify a row, for upsert and for --cursor.</source>
        <translation>Schlüsselspalten (Zielnamen, durch Kommas getrennt), die eine Zeile identifizieren, für Upsert und für --cursor.</translation>
    </message>
    <message>
        <source>Incremental: a source column whose values only grow (an id, an updated_at). Each run loads the rows from the largest value earlier runs loaded, inclusively, and skips those it loaded already (by --key, else by the whole row). Implies --mode append unless --mode upsert is given; &apos;none&apos; turns it off.</source>
        <translation>Inkrementell: eine Quellspalte, deren Werte nur wachsen (eine ID, ein updated_at). Jeder Lauf lädt die Zeilen ab dem größten Wert, den frühere Läufe geladen haben, einschließlich, und überspringt die bereits geladenen (nach --key, sonst nach der ganzen Zeile). Impliziert --mode append, sofern nicht --mode upsert angegeben ist; &apos;none&apos; schaltet es aus.</translation>
    </message>
    <message>
        <source>Declare the narrowest sizes the data needs (text lengths, decimal digits) and quarantine later values that do not fit. Default: text is unbounded and decimals get 38 digits, so later, longer values fit.</source>
        <translation>Die kleinsten Größen deklarieren, die die Daten benötigen (Textlängen, Dezimalstellen), und spätere Werte, die nicht passen, in Quarantäne stellen. Standard: Text ist unbegrenzt und Dezimalzahlen erhalten 38 Stellen, sodass spätere, längere Werte passen.</translation>
    </message>
    <message>
        <source>The destination needs a file name or the name of a database source.</source>
        <translation>Das Ziel benötigt einen Dateinamen oder den Namen einer Datenbank-Datenquelle.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) cannot be written to; give a database source or a file.</source>
        <translation>In Datenquelle &apos;%1&apos; (%2) kann nicht geschrieben werden; geben Sie eine Datenbank-Datenquelle oder eine Datei an.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; writes to source #%2, which is no longer in the workspace. Give it another destination with: migrateiq-cli jobs edit &quot;%1&quot; --dest DEST</source>
        <translation>Job &apos;%1&apos; schreibt in Datenquelle #%2, die nicht mehr im Arbeitsbereich ist. Geben Sie ihm ein anderes Ziel mit: migrateiq-cli jobs edit &quot;%1&quot; --dest DEST</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Destination &apos;%1&apos; is the file the sync reads from; write to another file.</source>
        <translation>Ziel &apos;%1&apos; ist die Datei, aus der die Synchronisation liest; schreiben Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>sync %1 → %2</source>
        <translation>Sync %1 → %2</translation>
    </message>
    <message>
        <source>Cannot sync: %1</source>
        <translation>Synchronisation nicht möglich: %1</translation>
    </message>
    <message>
        <source>run the same command again</source>
        <translation>führen Sie denselben Befehl erneut aus</translation>
    </message>
    <message>
        <source>Copy a source&apos;s stream, or a file, into a database or a file</source>
        <translation>Einen Datenstrom einer Datenquelle oder eine Datei in eine Datenbank oder eine Datei kopieren</translation>
    </message>
    <message>
        <source>SOURCE is a source of the workspace, optionally with &apos;:STREAM&apos; (default: its first stream); otherwise the argument is taken as a file whose type its suffix tells. DEST is a database source of the workspace (PostgreSQL, MySQL/MariaDB: a table in it, --table or the stream&apos;s name), or a file whose suffix picks the destination: .sqlite, .sqlite3 or .db (a table in an SQLite database, created when missing), .csv, .ndjson or .jsonl.
The whole stream is read once to infer the narrowest column types, then copied in batches with a checkpoint after each commit, and verified: row counts and checksums on both sides. Rows that cannot be read or converted are quarantined (see &apos;errors RUN&apos;) and the run goes on, unless the error policy says otherwise. The run is recorded in the workspace (&apos;runs&apos;).
Ctrl-C stops at the next checkpoint (exit code 130); running the same command again resumes there, with no row lost or doubled, as it does after a crash. --full starts over.
Exit code 1 when the run fails or its verification finds a mismatch.</source>
        <translation>SOURCE ist eine Datenquelle des Arbeitsbereichs, optional mit &apos;:STREAM&apos; (Standard: ihr erster Datenstrom); andernfalls wird das Argument als Datei gelesen, deren Typ sich aus der Dateiendung ergibt. DEST ist eine Datenbank-Datenquelle des Arbeitsbereichs (PostgreSQL, MySQL/MariaDB: eine Tabelle darin, --table oder der Name des Datenstroms) oder eine Datei, deren Endung das Ziel bestimmt: .sqlite, .sqlite3 oder .db (eine Tabelle in einer SQLite-Datenbank, die bei Bedarf angelegt wird), .csv, .ndjson oder .jsonl.
Der gesamte Datenstrom wird einmal gelesen, um die kleinsten Spaltentypen zu ermitteln, dann stapelweise mit einem Checkpoint nach jedem Commit kopiert und geprüft: Zeilenzahlen und Prüfsummen auf beiden Seiten. Zeilen, die nicht gelesen oder umgewandelt werden können, werden in Quarantäne gestellt (siehe &apos;errors RUN&apos;), und der Lauf geht weiter, sofern die Fehlerrichtlinie nichts anderes vorgibt. Der Lauf wird im Arbeitsbereich gespeichert (&apos;runs&apos;).
Strg+C hält am nächsten Checkpoint an (Exit-Code 130); wird derselbe Befehl erneut ausgeführt, setzt er dort fort, ohne dass eine Zeile verloren geht oder doppelt geladen wird, genau wie nach einem Absturz. --full beginnt von vorn.
Exit-Code 1, wenn der Lauf fehlschlägt oder die Prüfung eine Abweichung findet.</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>Source &apos;%1&apos; has no stream to copy.</source>
        <translation>Datenquelle &apos;%1&apos; hat keinen Datenstrom zum Kopieren.</translation>
    </message>
    <message>
        <source>Stopped while inferring the types of &apos;%1&apos;.</source>
        <translation>Während der Typermittlung von &apos;%1&apos; angehalten.</translation>
    </message>
    <message>
        <source>The type inference was stopped.</source>
        <translation>Die Typermittlung wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>Job &apos;%1&apos; cannot run: %2</source>
        <translation>Job &apos;%1&apos; kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Inferring types</source>
        <translation>Typen werden ermittelt</translation>
    </message>
    <message>
        <source>The run was stopped while inferring types.</source>
        <translation>Der Lauf wurde während der Typermittlung angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Inferred the types of %n column(s) from %1 rows.</source>
        <translation>
            <numerusform>Typ von %n Spalte aus %1 Zeilen ermittelt.</numerusform>
            <numerusform>Typen von %n Spalten aus %1 Zeilen ermittelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying rows</source>
        <translation>Zeilen werden kopiert</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; cannot resume mid-stream; copying from the start again.</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht mitten im Datenstrom fortsetzen; es wird erneut von Anfang an kopiert.</translation>
    </message>
    <message>
        <source>Resuming after %1 rows.</source>
        <translation>Fortsetzung nach %1 Zeilen.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The run was interrupted; it resumes after row %1.</source>
        <translation>Der Lauf wurde unterbrochen; er wird nach Zeile %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>The reader of &apos;%1&apos; stopped unexpectedly.</source>
        <translation>Das Lesen von &apos;%1&apos; wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>Stopped at the first bad row (record %1: %2), as the job&apos;s error policy asks.</source>
        <translation>Bei der ersten fehlerhaften Zeile angehalten (Datensatz %1: %2), wie es die Fehlerbehandlung des Jobs verlangt.</translation>
    </message>
    <message>
        <source>%1 rows were quarantined, more than the job&apos;s error budget of %2.</source>
        <translation>%1 Zeilen wurden in Quarantäne gestellt, mehr als das Fehlerbudget des Jobs von %2.</translation>
    </message>
    <message>
        <source>%1% of the rows were quarantined, more than the job&apos;s error budget of %2%.</source>
        <translation>%1&#xa0;% der Zeilen wurden in Quarantäne gestellt, mehr als das Fehlerbudget des Jobs von %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; %3 quarantined.</source>
        <translation>%1 Zeilen nach %2 kopiert; %3 in Quarantäne.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verification failed: %1 rows were sent but the destination holds %2.</source>
        <translation>Prüfung fehlgeschlagen: %1 Zeilen wurden gesendet, aber das Ziel enthält %2.</translation>
    </message>
    <message>
        <source>Verification failed: the checksums of these columns differ: %1.</source>
        <translation>Prüfung fehlgeschlagen: Die Prüfsummen dieser Spalten unterscheiden sich: %1.</translation>
    </message>
    <message>
        <source>Verified: %1 rows, identical checksums on both sides.</source>
        <translation>Geprüft: %1 Zeilen, identische Prüfsummen auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Verified: the destination holds %1 rows, including the %2 written by this run.</source>
        <translation>Geprüft: Das Ziel enthält %1 Zeilen, einschließlich der %2 von diesem Lauf geschriebenen.</translation>
    </message>
    <message>
        <source>Superseded by a new run started from the beginning.</source>
        <translation>Ersetzt durch einen neuen Lauf, der von vorn begonnen hat.</translation>
    </message>
    <message>
        <source>Run #%1 of &apos;%2&apos; was interrupted; resume it (or start over) before loading quarantined rows again.</source>
        <translation>Lauf #%1 von &apos;%2&apos; wurde unterbrochen; setzen Sie ihn fort (oder beginnen Sie neu), bevor Sie Quarantäne-Zeilen erneut laden.</translation>
    </message>
    <message>
        <source>Run #%1 loaded %2 of the rows quarantined here again; %3 are still quarantined (see run #%1).</source>
        <translation>Lauf #%1 hat %2 der hier in Quarantäne gestellten Zeilen erneut geladen; %3 sind weiterhin in Quarantäne (siehe Lauf #%1).</translation>
    </message>
    <message>
        <source>Incremental: using the column types of the earlier runs instead of reading the whole stream again.</source>
        <translation>Inkrementell: Die Spaltentypen der früheren Läufe werden verwendet, statt den ganzen Datenstrom erneut zu lesen.</translation>
    </message>
    <message>
        <source>Run #%1 never reached its copy, so it has no rows to load again.</source>
        <translation>Lauf #%1 hat das Kopieren nie erreicht und hat daher keine Zeilen zum erneuten Laden.</translation>
    </message>
    <message numerus="yes">
        <source>Loading again the %n row(s) run #%1 quarantined, from the source as it is now.</source>
        <translation>
            <numerusform>Die %n Zeile, die Lauf #%1 in Quarantäne gestellt hat, wird aus dem aktuellen Stand der Datenquelle erneut geladen.</numerusform>
            <numerusform>Die %n Zeilen, die Lauf #%1 in Quarantäne gestellt hat, werden aus dem aktuellen Stand der Datenquelle erneut geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transient failure: %1 Trying again from the last checkpoint in %2 s (attempt %3 of %4).</source>
        <translation>Vorübergehender Fehler: %1 Neuer Versuch ab dem letzten Checkpoint in %2 s (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>The cursor column &apos;%1&apos; is not among the columns the job copies.</source>
        <translation>Die Cursor-Spalte &apos;%1&apos; gehört nicht zu den Spalten, die der Job kopiert.</translation>
    </message>
    <message>
        <source>The key column &apos;%1&apos; is not among the columns the job copies.</source>
        <translation>Die Schlüsselspalte &apos;%1&apos; gehört nicht zu den Spalten, die der Job kopiert.</translation>
    </message>
    <message>
        <source>The cursor column &apos;%1&apos; now holds %2 values, but the earlier runs compared %3 values; edit the job or load it in full to start a new series of runs.</source>
        <translation>Die Cursor-Spalte &apos;%1&apos; enthält jetzt %2-Werte, die früheren Läufe haben aber %3-Werte verglichen; bearbeiten Sie den Job oder laden Sie vollständig, um eine neue Reihe von Läufen zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>Incremental: loading the rows whose &apos;%1&apos; is at least %2 (%n row(s) with that value were loaded before and are skipped).</source>
        <translation>
            <numerusform>Inkrementell: Es werden die Zeilen geladen, deren &apos;%1&apos; mindestens %2 ist (%n Zeile mit diesem Wert wurde bereits geladen und wird übersprungen).</numerusform>
            <numerusform>Inkrementell: Es werden die Zeilen geladen, deren &apos;%1&apos; mindestens %2 ist (%n Zeilen mit diesem Wert wurden bereits geladen und werden übersprungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incremental: the first run of cursor column &apos;%1&apos; loads every row.</source>
        <translation>Inkrementell: Der erste Lauf mit der Cursor-Spalte &apos;%1&apos; lädt alle Zeilen.</translation>
    </message>
    <message>
        <source>Incremental: skipped %1 rows loaded by earlier runs; the next run starts at &apos;%2&apos; = %3.</source>
        <translation>Inkrementell: %1 von früheren Läufen geladene Zeilen übersprungen; der nächste Lauf beginnt bei &apos;%2&apos; = %3.</translation>
    </message>
    <message>
        <source>(no value yet)</source>
        <translation>(noch kein Wert)</translation>
    </message>
    <message>
        <source>Working out the column types of &apos;%1&apos;.</source>
        <translation>Die Spaltentypen von &apos;%1&apos; werden ermittelt.</translation>
    </message>
    <message numerus="yes">
        <source>Took the types of %n column(s) as the source declares them.</source>
        <translation>
            <numerusform>Den Typ von %n Spalte so übernommen, wie die Datenquelle ihn deklariert.</numerusform>
            <numerusform>Die Typen von %n Spalten so übernommen, wie die Datenquelle sie deklariert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify while copying (%1); the table is read back at the end instead.</source>
        <translation>Prüfen während des Kopierens war nicht möglich (%1); die Tabelle wird stattdessen am Ende zurückgelesen.</translation>
    </message>
    <message>
        <source>%1 rows were read back while copying, %2 were sent.</source>
        <translation>%1 Zeilen wurden beim Kopieren zurückgelesen, %2 wurden gesendet.</translation>
    </message>
    <message>
        <source>Verification while copying was not conclusive (%1); reading the table back.</source>
        <translation>Die Prüfung während des Kopierens war nicht eindeutig (%1); die Tabelle wird zurückgelesen.</translation>
    </message>
</context>
<context>
    <name>TypesCommand</name>
    <message>
        <source>(one of: %1)</source>
        <translation>(einer von: %1)</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(%1 bis %2)</translation>
    </message>
    <message>
        <source>Unknown connector type &apos;%1&apos;. Known types: %2.</source>
        <translation>Unbekannter Konnektortyp &apos;%1&apos;. Bekannte Typen: %2.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Settings (--set KEY=VALUE):</source>
        <translation>Einstellungen (--set KEY=VALUE):</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>secret: read with --secret-stdin or prompted for, never --set</source>
        <translation>geheim: mit --secret-stdin gelesen oder abgefragt, nie per --set</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Give settings with &apos;sources add --type TYPE --set KEY=VALUE&apos;. Secret fields are never taken from the command line: they are read with --secret-stdin or prompted for.</source>
        <translation>Einstellungen geben Sie mit &apos;sources add --type TYPE --set KEY=VALUE&apos; an. Geheime Felder werden nie von der Kommandozeile übernommen, sondern mit --secret-stdin gelesen oder abgefragt.</translation>
    </message>
    <message>
        <source>List the connector types and the settings each one takes</source>
        <translation>Die Konnektortypen und ihre jeweiligen Einstellungen auflisten</translation>
    </message>
    <message>
        <source>For each connector type: its id (what &apos;sources add --type&apos; takes), the file suffixes it recognises, and its fields: key (what &apos;--set KEY=VALUE&apos; takes), kind, whether it is required or secret, its default and its help. With TYPE, only that type, with --json as an array of objects. Needs no workspace.</source>
        <translation>Für jeden Konnektortyp: seine ID (der Wert für &apos;sources add --type&apos;), die Dateiendungen, die er erkennt, und seine Felder: Schlüssel (der Wert für &apos;--set KEY=VALUE&apos;), Art, ob erforderlich oder geheim, Standardwert und Hilfetext. Mit TYPE nur dieser Typ, mit --json als Array von Objekten. Benötigt keinen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>source &apos;%1&apos; (#%2)</source>
        <translation>Datenquelle &apos;%1&apos; (#%2)</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>ungetestet</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: it is a folder, not a file.</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; does not exist.</source>
        <translation>Arbeitsbereich &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht erstellt werden: Der Ordner &apos;%2&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht erstellt werden: Der Ordner &apos;%2&apos; ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is not a MigrateIQ workspace (it is not an SQLite database, or it is corrupt).</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Die Datei ist kein MigrateIQ-Arbeitsbereich (sie ist keine SQLite-Datenbank oder beschädigt).</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is read-only. Make it writable or copy it to a writable place.</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Die Datei ist schreibgeschützt. Machen Sie sie beschreibbar oder kopieren Sie sie an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: its folder is read-only, and a workspace needs to write its journal beside it.</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Sein Ordner ist schreibgeschützt, und ein Arbeitsbereich muss daneben sein Journal schreiben können.</translation>
    </message>
    <message>
        <source>Cannot update workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot update workspace &apos;%1&apos; to schema version %2: %3</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht auf Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is locked by another program; close it there and try again.</source>
        <translation>Arbeitsbereich &apos;%1&apos; ist durch ein anderes Programm gesperrt; schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is corrupt or not a workspace (%2).</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Die Datei ist beschädigt oder kein Arbeitsbereich (%2).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: it is an SQLite database but not a MigrateIQ workspace.</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: Es ist eine SQLite-Datenbank, aber kein MigrateIQ-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; was saved by a newer version of MigrateIQ (schema version %2; this version understands up to %3). Update MigrateIQ to open it.</source>
        <translation>Arbeitsbereich &apos;%1&apos; wurde von einer neueren MigrateIQ-Version gespeichert (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie MigrateIQ, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is corrupt (%2).</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Die Datei ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: its identity record is missing.</source>
        <translation>Arbeitsbereich &apos;%1&apos; kann nicht geöffnet werden: Sein Identitätsdatensatz fehlt.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot read the sources of workspace &apos;%1&apos;: %2</source>
        <translation>Die Datenquellen des Arbeitsbereichs &apos;%1&apos; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read source #%1: %2</source>
        <translation>Datenquelle #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no source #%1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Datenquelle #%1.</translation>
    </message>
    <message>
        <source>Cannot read source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Datenquelle namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Datenquelle benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists.</source>
        <translation>Eine Datenquelle namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot add source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot save source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos; kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the test result of source #%1: %2</source>
        <translation>Das Testergebnis der Datenquelle #%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log of workspace &apos;%1&apos;: %2</source>
        <translation>Das Prüfprotokoll des Arbeitsbereichs &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log of workspace &apos;%1&apos;: %2</source>
        <translation>Das Prüfprotokoll des Arbeitsbereichs &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the masking salt of workspace &apos;%1&apos;: %2</source>
        <translation>Das Maskierungs-Salt des Arbeitsbereichs &apos;%1&apos; kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MigrateIQ: move, verify and profile data.</source>
        <translation>MigrateIQ: Daten verschieben, prüfen und profilieren.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or fr.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de oder fr.</translation>
    </message>
    <message>
        <source>Workspace file (*.miq) to open or create; the demo workspace when omitted.</source>
        <translation>Zu öffnende oder zu erstellende Arbeitsbereichsdatei (*.miq); ohne Angabe der Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace file to open or create.</source>
        <translation>Zu öffnende oder zu erstellende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>MigrateIQ</source>
        <translation>MigrateIQ</translation>
    </message>
</context>
<context>
    <name>miq::ConfigForm</name>
    <message>
        <source>%1:*</source>
        <translation>%1:*</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation>%1 (%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wird im Systemschlüsselbund aufbewahrt</translation>
    </message>
</context>
<context>
    <name>miq::ErrorPolicyEdit</name>
    <message>
        <source>Quarantine bad rows and continue</source>
        <translation>Fehlerhafte Zeilen in Quarantäne stellen und fortfahren</translation>
    </message>
    <message>
        <source>Stop at the first bad row</source>
        <translation>Bei der ersten fehlerhaften Zeile anhalten</translation>
    </message>
    <message>
        <source>Stop after more bad rows than</source>
        <translation>Anhalten nach mehr fehlerhaften Zeilen als</translation>
    </message>
    <message>
        <source>Stop when the share of bad rows exceeds</source>
        <translation>Anhalten, wenn der Anteil fehlerhafter Zeilen übersteigt</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Checked once at least 1,000 rows were read</source>
        <translation>Wird geprüft, sobald mindestens 1.000 Zeilen gelesen wurden</translation>
    </message>
    <message>
        <source>Strict sizes</source>
        <translation>Strikte Größen</translation>
    </message>
    <message>
        <source>Declare the narrowest text lengths and decimal digits the data needs, and quarantine later values that do not fit. Unchecked, text is unbounded and decimals get 38 digits, so later, longer values fit.</source>
        <translation>Die kleinsten Textlängen und Dezimalstellen deklarieren, die die Daten benötigen, und spätere Werte, die nicht passen, in Quarantäne stellen. Ohne diese Option ist Text unbegrenzt und Dezimalzahlen erhalten 38 Stellen, sodass spätere, längere Werte passen.</translation>
    </message>
</context>
<context>
    <name>miq::JobDialog</name>
    <message>
        <source>Show &amp;DDL</source>
        <translation>&amp;DDL anzeigen</translation>
    </message>
    <message>
        <source>Add Sync Job</source>
        <translation>Sync-Job hinzufügen</translation>
    </message>
    <message>
        <source>Edit Sync Job &apos;%1&apos;</source>
        <translation>Sync-Job &apos;%1&apos; bearbeiten</translation>
    </message>
    <message>
        <source>(missing source #%1)</source>
        <translation>(fehlende Datenquelle #%1)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>A CSV, JSON, NDJSON or SQLite file</source>
        <translation>Eine CSV-, JSON-, NDJSON- oder SQLite-Datei</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the source file</source>
        <translation>Quelldatei auswählen</translation>
    </message>
    <message>
        <source>A .sqlite/.db, .csv or .ndjson file</source>
        <translation>Eine .sqlite/.db-, .csv- oder .ndjson-Datei</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Zieldatei auswählen</translation>
    </message>
    <message>
        <source>Replace: load into a staging table, then swap it in</source>
        <translation>Ersetzen: in eine Staging-Tabelle laden und diese dann austauschen</translation>
    </message>
    <message>
        <source>Append to what is there</source>
        <translation>An Vorhandenes anhängen</translation>
    </message>
    <message>
        <source>Upsert: insert or update by key</source>
        <translation>Upsert: nach Schlüssel einfügen oder aktualisieren</translation>
    </message>
    <message>
        <source>The columns that identify a row; upsert updates the row with the same key</source>
        <translation>Die Spalten, die eine Zeile identifizieren; Upsert aktualisiert die Zeile mit demselben Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Daten&amp;quelle:</translation>
    </message>
    <message>
        <source>Source &amp;file:</source>
        <translation>Quellda&amp;tei:</translation>
    </message>
    <message>
        <source>S&amp;tream:</source>
        <translation>Daten&amp;strom:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <source>&amp;Write mode:</source>
        <translation>Schreib&amp;modus:</translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation>Sch&amp;lüsselspalten:</translation>
    </message>
    <message>
        <source>&amp;Bad rows:</source>
        <translation>&amp;Fehlerhafte Zeilen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spalten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of the rows as they would land&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau der Zeilen, wie sie im Ziel ankämen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read the whole stream to infer the column types, and show the statement that creates the target</source>
        <translation>Den gesamten Datenstrom lesen, um die Spaltentypen zu ermitteln, und die Anweisung anzeigen, die das Ziel anlegt</translation>
    </message>
    <message>
        <source>Choose the file to read.</source>
        <translation>Wählen Sie die zu lesende Datei.</translation>
    </message>
    <message>
        <source>Looking at what the source contains…</source>
        <translation>Inhalt der Datenquelle wird ermittelt…</translation>
    </message>
    <message>
        <source>This source has no streams.</source>
        <translation>Diese Datenquelle hat keine Datenströme.</translation>
    </message>
    <message>
        <source>the stream&apos;s name</source>
        <translation>der Name des Datenstroms</translation>
    </message>
    <message>
        <source>Loading the first rows of &apos;%1&apos;…</source>
        <translation>Die ersten Zeilen von &apos;%1&apos; werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), mapped. Column types are inferred from these rows only; a run infers them from every row.</source>
        <translation>
            <numerusform>%n Zeile, zugeordnet. Die Spaltentypen werden nur aus dieser Zeile ermittelt; ein Lauf ermittelt sie aus allen Zeilen.</numerusform>
            <numerusform>Die ersten %n Zeilen, zugeordnet. Die Spaltentypen werden nur aus diesen Zeilen ermittelt; ein Lauf ermittelt sie aus allen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>NDJSON file</source>
        <translation>NDJSON-Datei</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>Geben Sie dem Job einen Namen.</translation>
    </message>
    <message>
        <source>Another job is already named &apos;%1&apos;.</source>
        <translation>Ein anderer Job heißt bereits &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The job&apos;s source #%1 no longer exists; choose another.</source>
        <translation>Die Datenquelle #%1 des Jobs existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The destination must be a .sqlite/.db, .csv or .ndjson file.</source>
        <translation>Das Ziel muss eine .sqlite/.db-, .csv- oder .ndjson-Datei sein.</translation>
    </message>
    <message>
        <source>Upsert needs a SQLite destination: a CSV or NDJSON file can only be replaced or appended to.</source>
        <translation>Upsert benötigt ein SQLite-Ziel: Eine CSV- oder NDJSON-Datei kann nur ersetzt oder ergänzt werden.</translation>
    </message>
    <message>
        <source>The destination cannot be the source file.</source>
        <translation>Das Ziel kann nicht die Quelldatei sein.</translation>
    </message>
    <message>
        <source>Key column &apos;%1&apos; is not one of the target columns.</source>
        <translation>Schlüsselspalte &apos;%1&apos; ist keine der Zielspalten.</translation>
    </message>
    <message>
        <source>Source File</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Destination File</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;CSV files (*.csv);;NDJSON files (*.ndjson *.jsonl)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;CSV-Dateien (*.csv);;NDJSON-Dateien (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Reading every row of &apos;%1&apos; to infer the column types…</source>
        <translation>Alle Zeilen von &apos;%1&apos; werden gelesen, um die Spaltentypen zu ermitteln…</translation>
    </message>
    <message>
        <source>Target of &apos;%1&apos;</source>
        <translation>Ziel von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the new job</source>
        <translation>der neue Job</translation>
    </message>
    <message>
        <source>From a type inference over every row of the stream, with this mapping.</source>
        <translation>Aus einer Typermittlung über alle Zeilen des Datenstroms, mit dieser Zuordnung.</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Eine Datei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Missing source #%1</source>
        <translation>Fehlende Datenquelle #%1</translation>
    </message>
    <message>
        <source>Write into a table of a database source of the workspace, or into a file</source>
        <translation>In eine Tabelle einer Datenbank-Datenquelle des Arbeitsbereichs oder in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Write &amp;to:</source>
        <translation>Schreiben &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Destination file:</source>
        <translation>&amp;Zieldatei:</translation>
    </message>
    <message>
        <source>The stream&apos;s name; &apos;schema.table&apos; picks a schema</source>
        <translation>Der Name des Datenstroms; &apos;schema.tabelle&apos; wählt ein Schema</translation>
    </message>
    <message>
        <source>The job&apos;s destination source #%1 no longer exists; choose another.</source>
        <translation>Die Zieldatenquelle #%1 des Jobs existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Incremental: a column whose values only grow (an id, an updated_at). Each run then loads the rows from the largest value earlier runs loaded, inclusively, skipping those it loaded already (by the key columns, else by the whole row).</source>
        <translation>Inkrementell: eine Spalte, deren Werte nur wachsen (eine ID, ein updated_at). Jeder Lauf lädt dann die Zeilen ab dem größten Wert, den frühere Läufe geladen haben, einschließlich, und überspringt die bereits geladenen (anhand der Schlüsselspalten, sonst anhand der ganzen Zeile).</translation>
    </message>
    <message>
        <source>Incremental c&amp;ursor:</source>
        <translation>Inkrementeller C&amp;ursor:</translation>
    </message>
    <message>
        <source>None: every run loads every row</source>
        <translation>Keiner: jeder Lauf lädt alle Zeilen</translation>
    </message>
</context>
<context>
    <name>miq::JobRunner</name>
    <message>
        <source>The run was cancelled before it started.</source>
        <translation>Der Lauf wurde abgebrochen, bevor er begann.</translation>
    </message>
</context>
<context>
    <name>miq::JobsModel</name>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>append</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <source>upsert by %1</source>
        <translation>Upsert über %1</translation>
    </message>
    <message>
        <source>missing source #%1</source>
        <translation>fehlende Datenquelle #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; is running; cancel it first.</source>
        <translation>Job &apos;%1&apos; läuft; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Queued: waiting for a free slot</source>
        <translation>In Warteschlange: wartet auf einen freien Platz</translation>
    </message>
</context>
<context>
    <name>miq::JobsPane</name>
    <message>
        <source>&amp;Add Job…</source>
        <translation>Job &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>Job &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Re&amp;move Job…</source>
        <translation>Job &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the job; an interrupted run resumes from its last checkpoint</source>
        <translation>Den Job ausführen; ein unterbrochener Lauf wird ab seinem letzten Checkpoint fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Lauf abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run a failed, cancelled or interrupted job again; an interrupted run resumes</source>
        <translation>Einen fehlgeschlagenen, abgebrochenen oder unterbrochenen Job erneut ausführen; ein unterbrochener Lauf wird fortgesetzt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Filter jobs (Ctrl+F)</source>
        <translation>Jobs filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Cannot Read Jobs</source>
        <translation>Jobs können nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Runs of &apos;%1&apos;</source>
        <translation>Läufe von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No sync jobs yet. Add one with Job ▸ Add Job…</source>
        <translation>Noch keine Sync-Jobs. Fügen Sie einen hinzu mit Job ▸ Job hinzufügen…</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Cannot Add Job</source>
        <translation>Job kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added job &apos;%1&apos;.</source>
        <translation>Job &apos;%1&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot Save Job</source>
        <translation>Job kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; started running meanwhile; save it once the run ends.</source>
        <translation>Job &apos;%1&apos; wurde inzwischen gestartet; speichern Sie ihn, wenn der Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Saved job &apos;%1&apos;.</source>
        <translation>Job &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation>Job entfernen</translation>
    </message>
    <message>
        <source>Remove the sync job &apos;%1&apos;? Its definition is deleted; the data it wrote is not touched.</source>
        <translation>Sync-Job &apos;%1&apos; entfernen? Seine Definition wird gelöscht; die geschriebenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Cannot Remove Job</source>
        <translation>Job kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed job &apos;%1&apos;.</source>
        <translation>Job &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Cannot Run Job</source>
        <translation>Job kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; reads a source that no longer exists: %2</source>
        <translation>Job &apos;%1&apos; liest eine Datenquelle, die nicht mehr existiert: %2</translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; wird gestartet…</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; did not start</source>
        <translation>Job &apos;%1&apos; wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Cancelling &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; wird abgebrochen…</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; did not run</source>
        <translation>Job &apos;%1&apos; wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; succeeded: %2 rows written, %3 quarantined</source>
        <translation>&apos;%1&apos; erfolgreich: %2 Zeilen geschrieben, %3 in Quarantäne</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was interrupted after %2 rows; run it again to resume.</source>
        <translation>&apos;%1&apos; wurde nach %2 Zeilen unterbrochen; führen Sie den Job erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled.</source>
        <translation>&apos;%1&apos; wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Sync job finished</source>
        <translation>Sync-Job abgeschlossen</translation>
    </message>
    <message>
        <source>Sync job ended</source>
        <translation>Sync-Job beendet</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; writes to a source that no longer exists: %2</source>
        <translation>Job &apos;%1&apos; schreibt in eine Datenquelle, die nicht mehr existiert: %2</translation>
    </message>
</context>
<context>
    <name>miq::JsonConnector</name>
    <message>
        <source>JSON file (array or NDJSON)</source>
        <translation>JSON-Datei (Array oder NDJSON)</translation>
    </message>
    <message>
        <source>Records from a JSON file: an array of objects, an array inside a wrapper object, or newline-delimited JSON (NDJSON, JSON Lines). Nested objects become dotted columns; arrays are kept as JSON text.</source>
        <translation>Datensätze aus einer JSON-Datei: ein Array von Objekten, ein Array in einem umschließenden Objekt oder zeilenweises JSON (NDJSON, JSON Lines). Verschachtelte Objekte werden zu Spalten mit Punktnotation; Arrays bleiben JSON-Text.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The .json, .ndjson or .jsonl file to read.</source>
        <translation>Die zu lesende .json-, .ndjson- oder .jsonl-Datei.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auto: tell from the content; array: a JSON array of objects; ndjson: one object per line.</source>
        <translation>auto: anhand des Inhalts erkennen; array: ein JSON-Array von Objekten; ndjson: ein Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Records path</source>
        <translation>Datensatzpfad</translation>
    </message>
    <message>
        <source>Dotted path to the array of records inside a top-level object, e.g. data.items. Leave empty when the records are at the top level.</source>
        <translation>Pfad in Punktnotation zum Datensatz-Array innerhalb eines Objekts auf oberster Ebene, z. B. data.items. Leer lassen, wenn die Datensätze auf oberster Ebene liegen.</translation>
    </message>
    <message>
        <source>Flatten depth</source>
        <translation>Abflachungstiefe</translation>
    </message>
    <message>
        <source>How many levels of nested objects become dotted columns (customer.address.city); deeper objects stay JSON text. 0 keeps every nested object as JSON text.</source>
        <translation>Wie viele Ebenen verschachtelter Objekte zu Spalten mit Punktnotation werden (customer.address.city); tiefere Objekte bleiben JSON-Text. 0 belässt jedes verschachtelte Objekt als JSON-Text.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no file set.</source>
        <translation>Für Datenquelle &apos;%1&apos; ist keine Datei angegeben.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: the flatten depth must be a whole number from 0 to 64, not &apos;%2&apos;.</source>
        <translation>Datenquelle &apos;%1&apos;: Die Abflachungstiefe muss eine ganze Zahl von 0 bis 64 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: a records path applies to a JSON document, not to NDJSON. Clear the records path or choose another format.</source>
        <translation>Datenquelle &apos;%1&apos;: Ein Datensatzpfad gilt für ein JSON-Dokument, nicht für NDJSON. Leeren Sie den Datensatzpfad oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: unknown JSON format &apos;%2&apos; (expected auto, array or ndjson).</source>
        <translation>Datenquelle &apos;%1&apos;: unbekanntes JSON-Format &apos;%2&apos; (erwartet: auto, array oder ndjson).</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON-Array</translation>
    </message>
    <message>
        <source>JSON array at &apos;%1&apos;</source>
        <translation>JSON-Array unter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>NDJSON</source>
        <translation>NDJSON</translation>
    </message>
    <message>
        <source>JSON objects</source>
        <translation>JSON-Objekte</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sampled</source>
        <translation>
            <numerusform>%Ln Datensatz als Stichprobe gelesen</numerusform>
            <numerusform>%Ln Datensätze als Stichprobe gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad record(s)</source>
        <translation>
            <numerusform>%Ln fehlerhafter Datensatz</numerusform>
            <numerusform>%Ln fehlerhafte Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at line %1</source>
        <translation>ungültiges JSON in Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1</source>
        <translation>
            <numerusform>%n Spalte, %1</numerusform>
            <numerusform>%n Spalten, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;; its only stream is &apos;%3&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;; ihr einziger Datenstrom ist &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>miq::JsonInput</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>miq::JsonParser</name>
    <message>
        <source>the file could not be read further (%1)</source>
        <translation>die Datei konnte nicht weiter gelesen werden (%1)</translation>
    </message>
    <message>
        <source>unexpected end of file, expected %1</source>
        <translation>unerwartetes Dateiende, erwartet wurde %1</translation>
    </message>
    <message>
        <source>unexpected end of line, expected %1</source>
        <translation>unerwartetes Zeilenende, erwartet wurde %1</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation>ein Nicht-ASCII-Zeichen</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>das Steuerzeichen 0x%1</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>erwartet wurde %1, gefunden wurde %2</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>Komma fehlt</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>Werte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>ein Schlüssel (Zeichenkette)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>vier Hexadezimalziffern nach \u</translation>
    </message>
    <message>
        <source>an escape sequence (\&quot; \\ \/ \b \f \n \r \t or \u)</source>
        <translation>eine Escape-Sequenz (\&quot; \\ \/ \b \f \n \r \t oder \u)</translation>
    </message>
    <message>
        <source>the closing quote of the string</source>
        <translation>das schließende Anführungszeichen der Zeichenkette</translation>
    </message>
    <message>
        <source>line break inside a string (is a closing quote missing?)</source>
        <translation>Zeilenumbruch innerhalb einer Zeichenkette (fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string must be escaped</source>
        <translation>Steuerzeichen 0x%1 innerhalb einer Zeichenkette muss maskiert werden</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>eine Ziffer nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>eine Ziffer im Exponenten</translation>
    </message>
</context>
<context>
    <name>miq::JsonRecordScanner</name>
    <message>
        <source>a JSON %1</source>
        <translation>ein JSON-Wert vom Typ %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (source &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; (Datenquelle &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos; (source &apos;%2&apos;): %3</source>
        <translation>&apos;%1&apos; (Datenquelle &apos;%2&apos;) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>an object holding &apos;%1&apos;</source>
        <translation>ein Objekt mit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;[&apos; starting an array of records</source>
        <translation>&apos;[&apos; als Beginn eines Datensatz-Arrays</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>ein Schlüssel (Zeichenkette)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an array of records</source>
        <translation>&apos;%1&apos; ist %2, kein Array von Datensätzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an object</source>
        <translation>&apos;%1&apos; ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>Komma fehlt</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; in the file (check the records path)</source>
        <translation>&apos;%1&apos; kommt in der Datei nicht vor (prüfen Sie den Datensatzpfad)</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>unerwarteter Text nach dem Ende des Arrays</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>unexpected text after the record (column %1)</source>
        <translation>unerwarteter Text nach dem Datensatz (Spalte %1)</translation>
    </message>
    <message>
        <source>expected a JSON object but found %1</source>
        <translation>erwartet wurde ein JSON-Objekt, gefunden wurde %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Invalid JSON in %1 at line %2, column %3: %4</source>
        <translation>Ungültiges JSON in %1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Cannot read records from %1: %2</source>
        <translation>Datensätze aus %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>miq::JsonResumeToken</name>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>einer JSON-Datei</translation>
    </message>
</context>
<context>
    <name>miq::JsonStreamReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>unexpected field &apos;%1&apos;: the file has more than %2 distinct fields (a lower flatten depth keeps nested objects as text)</source>
        <translation>unerwartetes Feld &apos;%1&apos;: Die Datei hat mehr als %2 verschiedene Felder (eine geringere Abflachungstiefe belässt verschachtelte Objekte als Text)</translation>
    </message>
    <message>
        <source>The settings of %1 have changed since the interrupted run; start over with --full.</source>
        <translation>Die Einstellungen von %1 haben sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>%1 has changed since the interrupted run; start over with --full.</source>
        <translation>%1 hat sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>Cannot continue reading %1 at the saved position; start over with --full.</source>
        <translation>%1 kann nicht an der gespeicherten Position weitergelesen werden; beginnen Sie mit --full von vorn.</translation>
    </message>
</context>
<context>
    <name>miq::KeychainSecretStore</name>
    <message>
        <source>no details given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>The system keychain has no such entry: %1</source>
        <translation>Der Systemschlüsselbund enthält keinen solchen Eintrag: %1</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry: %1</source>
        <translation>Der Systemschlüsselbund konnte den Eintrag nicht löschen: %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused at its prompt: %1</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde bei der Abfrage verweigert: %1</translation>
    </message>
    <message>
        <source>The system keychain denied access (it may be locked): %1</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (er ist möglicherweise gesperrt): %1</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer: %1</source>
        <translation>Auf diesem Computer ist kein Systemschlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain does not support this operation on this platform: %1</source>
        <translation>Der Systemschlüsselbund unterstützt diesen Vorgang auf dieser Plattform nicht: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an unknown error (code %1): %2</source>
        <translation>Der Systemschlüsselbund hat einen unbekannten Fehler gemeldet (Code %1): %2</translation>
    </message>
    <message>
        <source>Could not read the secret &quot;%1&quot;.</source>
        <translation>Der geheime Wert &quot;%1&quot; konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not save the secret &quot;%1&quot;.</source>
        <translation>Der geheime Wert &quot;%1&quot; konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not delete the secret &quot;%1&quot;.</source>
        <translation>Der geheime Wert &quot;%1&quot; konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what failed, then why</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 (it may be locked or waiting for a password prompt).</source>
        <translation>Der Systemschlüsselbund hat nicht innerhalb von %1 geantwortet (er ist möglicherweise gesperrt oder wartet auf eine Passworteingabe).</translation>
    </message>
</context>
<context>
    <name>miq::MainWindow</name>
    <message>
        <source>MigrateIQ</source>
        <translation>MigrateIQ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MigrateIQ</source>
        <translation>&amp;Über MigrateIQ</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Read Sources</source>
        <translation>Datenquellen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 — MigrateIQ</source>
        <translation>%1 — MigrateIQ</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>MigrateIQ workspaces (*.miq)</source>
        <translation>MigrateIQ-Arbeitsbereiche (*.miq)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists. Use Open Workspace to open it.</source>
        <translation>&apos;%1&apos; existiert bereits. Öffnen Sie die Datei mit „Arbeitsbereich öffnen“.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>MigrateIQ workspaces (*.miq);;All files (*)</source>
        <translation>MigrateIQ-Arbeitsbereiche (*.miq);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About MigrateIQ</source>
        <translation>Über MigrateIQ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MigrateIQ %1&lt;/h3&gt;&lt;p&gt;Move data between systems and trust what arrived.&lt;/p&gt;&lt;p&gt;Secrets are kept in: %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MigrateIQ %1&lt;/h3&gt;&lt;p&gt;Daten zwischen Systemen verschieben – und dem Ergebnis vertrauen.&lt;/p&gt;&lt;p&gt;Zugangsdaten werden aufbewahrt in: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>Jobs laufen</translation>
    </message>
    <message>
        <source>Sync jobs of this workspace are running. Interrupt them to open another workspace? They resume from their last checkpoint when run again.</source>
        <translation>Sync-Jobs dieses Arbeitsbereichs laufen. Unterbrechen, um einen anderen Arbeitsbereich zu öffnen? Sie werden beim nächsten Ausführen ab ihrem letzten Checkpoint fortgesetzt.</translation>
    </message>
    <message>
        <source>Cannot Read Jobs</source>
        <translation>Jobs können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Stopping the running jobs at their last checkpoint…</source>
        <translation>Laufende Jobs werden an ihrem letzten Checkpoint angehalten…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
</context>
<context>
    <name>miq::MappingModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <source>redact</source>
        <translation>redact</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Name the constant column.</source>
        <translation>Benennen Sie die konstante Spalte.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is not in the source any more; exclude it.</source>
        <translation>Spalte &apos;%1&apos; ist nicht mehr in der Datenquelle; schließen Sie sie aus.</translation>
    </message>
    <message>
        <source>Two columns would be named &apos;%1&apos;.</source>
        <translation>Zwei Spalten hießen &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is reserved for the run metadata.</source>
        <translation>Spalte &apos;%1&apos; ist für die Metadaten des Laufs reserviert.</translation>
    </message>
    <message>
        <source>Include at least one column.</source>
        <translation>Schließen Sie mindestens eine Spalte ein.</translation>
    </message>
    <message>
        <source>= &apos;%1&apos;</source>
        <translation>= &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The source has no column &apos;%1&apos; any more.</source>
        <translation>Die Datenquelle hat keine Spalte &apos;%1&apos; mehr.</translation>
    </message>
    <message>
        <source>A constant column: every row gets this value. Double-click to change it.</source>
        <translation>Eine konstante Spalte: Jede Zeile erhält diesen Wert. Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <source>%1 (%2 in the source)</source>
        <translation>%1 (%2 in der Datenquelle)</translation>
    </message>
    <message>
        <source>&apos;auto&apos; takes the narrowest type that holds every value of the column.</source>
        <translation>&apos;auto&apos; wählt den engsten Typ, der jeden Wert der Spalte aufnehmen kann.</translation>
    </message>
    <message>
        <source>hash: SHA-256 with this workspace&apos;s salt (joinable, not reversible); redact: a fixed marker.</source>
        <translation>hash: SHA-256 mit dem Salt dieses Arbeitsbereichs (verknüpfbar, nicht umkehrbar); redact: eine feste Markierung.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Zielname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maskierung</translation>
    </message>
    <message numerus="yes">
        <source>%n preview row(s) would be quarantined; the first (record %1): %2</source>
        <translation>
            <numerusform>%n Vorschauzeile käme in Quarantäne (Datensatz %1): %2</numerusform>
            <numerusform>%n Vorschauzeilen kämen in Quarantäne; die erste (Datensatz %1): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::MappingTable</name>
    <message>
        <source>Add &amp;Constant Column</source>
        <translation>&amp;Konstante Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove Constant</source>
        <translation>Konstante entfernen</translation>
    </message>
    <message>
        <source>Add the run &amp;id (%1)</source>
        <translation>Lauf-&amp;ID hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Add the &amp;load time (%1)</source>
        <translation>Lade&amp;zeit hinzufügen (%1)</translation>
    </message>
    <message>
        <source>A column with the same value on every row</source>
        <translation>Eine Spalte mit demselben Wert in jeder Zeile</translation>
    </message>
</context>
<context>
    <name>miq::MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>miq::PreviewModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>miq::ProfileAlertsModel</name>
    <message>
        <source>(dataset)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>miq::ProfileColumnDetails</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Nach Wochentag</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Date distribution</source>
        <translation>Datumsverteilung</translation>
    </message>
    <message>
        <source>Values that do not fit the type</source>
        <translation>Werte, die nicht zum Typ passen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Select a column to see its details.</source>
        <translation>Wählen Sie eine Spalte aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1, %2 of values fit (delivered as %3)</source>
        <translation>%1, %2 der Werte passen (geliefert als %3)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>%1 (%2 of values)</source>
        <translation>%1 (%2 der Werte)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>yes — mask or hash it when you copy it</source>
        <translation>ja — beim Kopieren maskieren oder hashen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>NULL-Werte</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Leerwerte</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>Unique / duplicates</source>
        <translation>Eindeutig / Duplikate</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Zeros / negatives</source>
        <translation>Nullen / Negative</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation>Wölbung</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>Quantiles (estimated)</source>
        <translation>Quantile (geschätzt)</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>%1 outside 1.5 IQR</source>
        <translation>%1 außerhalb von 1,5 IQR</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 to %2, mean %3</source>
        <translation>%1 bis %2, Mittelwert %3</translation>
    </message>
    <message>
        <source>Leading / trailing spaces</source>
        <translation>Leerzeichen am Anfang / Ende</translation>
    </message>
    <message>
        <source>Upper / lower / mixed case</source>
        <translation>Groß- / Klein- / gemischte Schreibung</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Non-ASCII / control characters</source>
        <translation>Nicht-ASCII- / Steuerzeichen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumswerte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Date formats</source>
        <translation>Datumsformate</translation>
    </message>
    <message>
        <source>Day/month order</source>
        <translation>Reihenfolge Tag/Monat</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Suggested SQL type</source>
        <translation>Vorgeschlagener SQL-Typ</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · SQLite %2 · MySQL %3</source>
        <translation>PostgreSQL %1 · SQLite %2 · MySQL %3</translation>
    </message>
    <message>
        <source>Overall %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>No quality scores for this column.</source>
        <translation>Keine Qualitätswerte für diese Spalte.</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 bis %2: %3</translation>
    </message>
    <message>
        <source>Text lengths</source>
        <translation>Textlängen</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 in %n bin(s)</source>
        <translation>
            <numerusform>%1 bis %2 in %n Klasse</numerusform>
            <numerusform>%1 bis %2 in %n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values are not %2; examples as read:</source>
        <translation>%1 Werte sind nicht %2; Beispiele wie gelesen:</translation>
    </message>
</context>
<context>
    <name>miq::ProfileColumnsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>%1 of %2 values present; %3 null, %4 blank</source>
        <translation>%1 von %2 Werten vorhanden; %3 NULL, %4 leer</translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>Exakte Anzahl</translation>
    </message>
    <message>
        <source>Estimated with HyperLogLog</source>
        <translation>Mit HyperLogLog geschätzt</translation>
    </message>
    <message>
        <source>%1 of the values fit; delivered as %2</source>
        <translation>%1 der Werte passen; geliefert als %2</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>miq::ProfileFindingsModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>(dataset)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>miq::ProfileHeatmap</name>
    <message>
        <source>No correlations: the profile found fewer than two related columns.</source>
        <translation>Keine Korrelationen: Das Profil hat weniger als zwei zusammenhängende Spalten gefunden.</translation>
    </message>
    <message>
        <source>%1 ~ %2
%3: %4</source>
        <translation>%1 ~ %2
%3: %4</translation>
    </message>
</context>
<context>
    <name>miq::ProfileHistoryModel</name>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Only the first rows were read</source>
        <translation>Nur die ersten Zeilen wurden gelesen</translation>
    </message>
    <message>
        <source>Every row was read</source>
        <translation>Alle Zeilen wurden gelesen</translation>
    </message>
    <message>
        <source>Profiled</source>
        <translation>Profiliert am</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>miq::ProfileOverview</name>
    <message>
        <source>Quality scores</source>
        <translation>Qualitätswerte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Missing values per column</source>
        <translation>Fehlende Werte pro Spalte</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Korrelationen</translation>
    </message>
    <message>
        <source>No profile selected. Choose a stream and press Start, or pick a saved profile.</source>
        <translation>Kein Profil ausgewählt. Wählen Sie einen Datenstrom und klicken Sie auf „Starten“, oder wählen Sie ein gespeichertes Profil.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>duplicate rows</source>
        <translation>doppelte Zeilen</translation>
    </message>
    <message>
        <source>malformed records set aside</source>
        <translation>zurückgestellte fehlerhafte Datensätze</translation>
    </message>
    <message>
        <source>overall quality</source>
        <translation>Gesamtqualität</translation>
    </message>
    <message>
        <source>Sample of the first %1 rows</source>
        <translation>Stichprobe der ersten %1 Zeilen</translation>
    </message>
    <message>
        <source>Every row read</source>
        <translation>Alle Zeilen gelesen</translation>
    </message>
    <message>
        <source>profiled %1 in %2</source>
        <translation>profiliert am %1 in %2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>no scores in this profile</source>
        <translation>keine Werte in diesem Profil</translation>
    </message>
    <message>
        <source>%1 missing (%2 null, %3 blank)</source>
        <translation>%1 fehlend (%2 NULL, %3 leer)</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>keine Spalten</translation>
    </message>
    <message>
        <source>% of values null or blank</source>
        <translation>% der Werte NULL oder leer</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Candidate keys:</source>
        <translation>Schlüsselkandidaten:</translation>
    </message>
    <message>
        <source>Missing together:</source>
        <translation>Gemeinsam fehlend:</translation>
    </message>
    <message>
        <source>complete rows</source>
        <translation>vollständige Zeilen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>miq::ProfilePane</name>
    <message>
        <source>&amp;Sample of the first</source>
        <translation>Stich&amp;probe der ersten</translation>
    </message>
    <message>
        <source>Every &amp;row</source>
        <translation>Alle &amp;Zeilen</translation>
    </message>
    <message>
        <source>&amp;Start Profiling</source>
        <translation>Profilierung &amp;starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Profile the chosen stream in the background; the result is saved in the workspace</source>
        <translation>Den gewählten Datenstrom im Hintergrund profilieren; das Ergebnis wird im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>&amp;Cancel Profiling</source>
        <translation>Profilierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export &amp;HTML Report…</source>
        <translation>&amp;HTML-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected Profiles</source>
        <translation>Ausgewählte Profile &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two profiles of the history to see what changed between them</source>
        <translation>Wählen Sie zwei Profile im Verlauf aus, um zu sehen, was sich zwischen ihnen geändert hat</translation>
    </message>
    <message>
        <source>&amp;Remove Saved Profile…</source>
        <translation>Gespeichertes Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Daten&amp;quelle:</translation>
    </message>
    <message>
        <source>S&amp;tream:</source>
        <translation>Daten&amp;strom:</translation>
    </message>
    <message>
        <source>Filter columns by name, type or alert</source>
        <translation>Spalten nach Name, Typ oder Warnung filtern</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>Select two profiles of the history to see what changed.</source>
        <translation>Wählen Sie zwei Profile im Verlauf aus, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>No data sources yet. Add one in the Sources pane to profile it.</source>
        <translation>Noch keine Datenquellen. Fügen Sie im Bereich „Datenquellen“ eine hinzu, um sie zu profilieren.</translation>
    </message>
    <message>
        <source>Looking at what &apos;%1&apos; contains…</source>
        <translation>Inhalt von &apos;%1&apos; wird ermittelt…</translation>
    </message>
    <message>
        <source>This source has no streams.</source>
        <translation>Diese Datenquelle hat keine Datenströme.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has not been profiled yet. Press Start.</source>
        <translation>&apos;%1&apos; wurde noch nicht profiliert. Klicken Sie auf „Starten“.</translation>
    </message>
    <message>
        <source>Profiles of &apos;%1&apos;</source>
        <translation>Profile von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Nothing worth noting changed from %1 to %2.</source>
        <translation>Von %1 bis %2 hat sich nichts Nennenswertes geändert.</translation>
    </message>
    <message numerus="yes">
        <source>What changed from %1 to %2: %n finding(s), most severe first.</source>
        <translation>
            <numerusform>Was sich von %1 bis %2 geändert hat: %n Befund, der schwerwiegendste zuerst.</numerusform>
            <numerusform>Was sich von %1 bis %2 geändert hat: %n Befunde, die schwerwiegendsten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting to profile &apos;%1&apos;…</source>
        <translation>Profilierung von &apos;%1&apos; wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos;: %2</source>
        <translation>Profilierung von &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos; was cancelled.</source>
        <translation>Die Profilierung von &apos;%1&apos; wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos; failed: %2</source>
        <translation>Die Profilierung von &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Profiled &apos;%1&apos;: %2 rows, %3 columns, %n alert(s) in %4.</source>
        <translation>
            <numerusform>&apos;%1&apos; profiliert: %2 Zeilen, %3 Spalten, %n Warnung in %4.</numerusform>
            <numerusform>&apos;%1&apos; profiliert: %2 Zeilen, %3 Spalten, %n Warnungen in %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be saved: %1</source>
        <translation>Es konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export Profile as JSON</source>
        <translation>Profil als JSON exportieren</translation>
    </message>
    <message>
        <source>HTML reports (*.html *.htm)</source>
        <translation>HTML-Berichte (*.html *.htm)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation>Das Profil wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot Export Profile</source>
        <translation>Profil kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Remove Saved Profiles</source>
        <translation>Gespeicherte Profile entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved profile(s) of &apos;%1&apos; from the workspace? The data is not touched.</source>
        <translation>
            <numerusform>%n gespeichertes Profil von &apos;%1&apos; aus dem Arbeitsbereich entfernen? Die Daten bleiben unverändert.</numerusform>
            <numerusform>%n gespeicherte Profile von &apos;%1&apos; aus dem Arbeitsbereich entfernen? Die Daten bleiben unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::QuarantineModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
</context>
<context>
    <name>miq::RestClient</name>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed after %n attempts: %2.</source>
        <translation>
            <numerusform>%1 nach %n Versuch fehlgeschlagen: %2.</numerusform>
            <numerusform>%1 nach %n Versuchen fehlgeschlagen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth token request</source>
        <translation>OAuth-Token-Anfrage</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>the response is larger than %n MiB; ask for smaller pages (page size)</source>
        <translation>
            <numerusform>die Antwort ist größer als %n MiB; fordern Sie kleinere Seiten an (Seitengröße)</numerusform>
            <numerusform>die Antwort ist größer als %n MiB; fordern Sie kleinere Seiten an (Seitengröße)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no response within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the server asks to wait %n second(s) before trying again</source>
        <translation>
            <numerusform>%1; der Server bittet, vor einem neuen Versuch %n Sekunde zu warten</numerusform>
            <numerusform>%1; der Server bittet, vor einem neuen Versuch %n Sekunden zu warten</numerusform>
        </translation>
    </message>
    <message>
        <source>the secure (TLS) connection to %1 failed: %2</source>
        <translation>die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the server running, and are the host and port right?)</source>
        <translation>die Verbindung zu %1 wurde abgelehnt (läuft der Server, und sind Host und Port richtig?)</translation>
    </message>
    <message>
        <source>the host name &apos;%1&apos; could not be resolved (DNS lookup failed; check the base URL)</source>
        <translation>der Hostname &apos;%1&apos; konnte nicht aufgelöst werden (DNS-Abfrage fehlgeschlagen; prüfen Sie die Basis-URL)</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>der Server hat die Verbindung geschlossen, bevor er geantwortet hat</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the token endpoint refused the request (%1); check the client ID, client secret, refresh token and scope</source>
        <translation>der Token-Endpunkt hat die Anfrage abgelehnt (%1); prüfen Sie Client-ID, Client-Secret, Refresh-Token und Scope</translation>
    </message>
    <message>
        <source>the token endpoint refused the request (%1, %2); check the client ID, client secret, refresh token and scope</source>
        <translation>der Token-Endpunkt hat die Anfrage abgelehnt (%1, %2); prüfen Sie Client-ID, Client-Secret, Refresh-Token und Scope</translation>
    </message>
    <message>
        <source>%1: the API needs authentication; choose one in the source settings</source>
        <translation>%1: Die API erfordert eine Authentifizierung; wählen Sie eine in den Einstellungen der Datenquelle</translation>
    </message>
    <message>
        <source>%1: the server refused the credentials (authentication %2); check them in the source settings</source>
        <translation>%1: Der Server hat die Zugangsdaten abgelehnt (Authentifizierung %2); prüfen Sie sie in den Einstellungen der Datenquelle</translation>
    </message>
    <message>
        <source>%1: the credentials were refused or have no access to this endpoint</source>
        <translation>%1: Die Zugangsdaten wurden abgelehnt oder haben keinen Zugriff auf diesen Endpunkt</translation>
    </message>
    <message>
        <source>%1: check the base URL and the endpoint</source>
        <translation>%1: Prüfen Sie die Basis-URL und den Endpunkt</translation>
    </message>
    <message>
        <source>%1: the API&apos;s rate limit was exceeded; set fewer requests per second</source>
        <translation>%1: Das Ratenlimit der API wurde überschritten; stellen Sie weniger Anfragen pro Sekunde ein</translation>
    </message>
    <message>
        <source>%1; the server said: &quot;%2&quot;</source>
        <translation>%1; der Server meldete: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>miq::RestConnector</name>
    <message>
        <source>REST API (JSON)</source>
        <translation>REST-API (JSON)</translation>
    </message>
    <message>
        <source>Records from a JSON REST API: an endpoint read page by page, with API key, basic, bearer or OAuth 2.0 authentication. Nested objects become dotted columns; retries, rate limits and resuming are handled for you.</source>
        <translation>Datensätze aus einer JSON-REST-API: ein Endpunkt, seitenweise gelesen, mit Authentifizierung per API-Schlüssel, Basic, Bearer oder OAuth 2.0. Verschachtelte Objekte werden zu Spalten mit Punktnotation; Wiederholungen, Ratenlimits und Fortsetzen werden automatisch behandelt.</translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3, next page: %4</source>
        <translation>HTTP %1, %2, %3, nächste Seite: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the first page</source>
        <translation>
            <numerusform>%n Datensatz auf der ersten Seite</numerusform>
            <numerusform>%n Datensätze auf der ersten Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s)</source>
        <translation>
            <numerusform>%n fehlerhafter Datensatz</numerusform>
            <numerusform>%n fehlerhafte Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>more pages</source>
        <translation>weitere Seiten</translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>keine weiteren Seiten</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;; its only stream is &apos;%3&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; hat keinen Datenstrom &apos;%2&apos;; ihr einziger Datenstrom ist &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>miq::RestOAuth</name>
    <message>
        <source>the token endpoint did not answer with a JSON object</source>
        <translation>der Token-Endpunkt hat nicht mit einem JSON-Objekt geantwortet</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer has no access_token</source>
        <translation>die Antwort des Token-Endpunkts enthält kein access_token</translation>
    </message>
    <message>
        <source>the token endpoint issued a &apos;%1&apos; token; only bearer tokens are supported</source>
        <translation>der Token-Endpunkt hat ein Token vom Typ &apos;%1&apos; ausgestellt; nur Bearer-Token werden unterstützt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>miq::RestPage</name>
    <message>
        <source>a JSON %1</source>
        <translation>ein JSON-Wert vom Typ %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2 (Byte-Offset %3): %4</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>ein Schlüssel (Zeichenkette)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>Komma fehlt</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the server sent HTML, not JSON (content type &apos;%1&apos;): &quot;%2&quot;</source>
        <translation>der Server hat HTML statt JSON gesendet (Inhaltstyp &apos;%1&apos;): &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the response is not JSON (content type &apos;%1&apos;): &quot;%2&quot;</source>
        <translation>die Antwort ist kein JSON (Inhaltstyp &apos;%1&apos;): &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an object</source>
        <translation>&apos;%1&apos; ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not a text or a number</source>
        <translation>&apos;%1&apos; enthält %2, keinen Text und keine Zahl</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; in the response (check the records path)</source>
        <translation>die Antwort enthält kein &apos;%1&apos; (prüfen Sie den Datensatzpfad)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an array of records</source>
        <translation>&apos;%1&apos; ist %2, kein Array von Datensätzen</translation>
    </message>
    <message>
        <source>the response is %1, not an array or an object of records</source>
        <translation>die Antwort ist %1, kein Array und kein Objekt mit Datensätzen</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>unerwarteter Text nach dem Ende des Arrays</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected a JSON object but found %1</source>
        <translation>erwartet wurde ein JSON-Objekt, gefunden wurde %1</translation>
    </message>
</context>
<context>
    <name>miq::RestPaginator</name>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>cannot read the next cursor: %1</source>
        <translation>der nächste Cursor kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the response gives the same cursor as the request (&apos;%1&apos;); reading stopped because it would never end (check the cursor path)</source>
        <translation>die Antwort liefert denselben Cursor wie die Anfrage (&apos;%1&apos;); das Lesen wurde angehalten, weil es nie enden würde (prüfen Sie den Cursor-Pfad)</translation>
    </message>
    <message>
        <source>cannot read the next page&apos;s URL: %1</source>
        <translation>die URL der nächsten Seite kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the next page&apos;s URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>die URL der nächsten Seite &apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>the next page&apos;s URL is the URL of this page; reading stopped because it would never end</source>
        <translation>die URL der nächsten Seite ist die URL dieser Seite; das Lesen wurde angehalten, weil es nie enden würde</translation>
    </message>
</context>
<context>
    <name>miq::RestResumeToken</name>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>a REST API</source>
        <translation>einer REST-API</translation>
    </message>
</context>
<context>
    <name>miq::RestSettings</name>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The API&apos;s address, e.g. https://api.example.com/v1.</source>
        <translation>Die Adresse der API, z. B. https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>The path of the records below the base URL, e.g. orders or /v2/items.</source>
        <translation>Der Pfad der Datensätze unterhalb der Basis-URL, z. B. orders oder /v2/items.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for search endpoints that take a request body.</source>
        <translation>GET für die meisten APIs; POST für Such-Endpunkte, die einen Anfragetext erwarten.</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>One &apos;Name: value&apos; per line, e.g. Accept-Language: en.</source>
        <translation>Ein &apos;Name: Wert&apos; pro Zeile, z. B. Accept-Language: en.</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>One &apos;key=value&apos; per line, sent with every request (values are URL-encoded for you).</source>
        <translation>Ein &apos;schlüssel=wert&apos; pro Zeile, mit jeder Anfrage gesendet (Werte werden automatisch URL-kodiert).</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>The JSON body of a POST request.</source>
        <translation>Der JSON-Text einer POST-Anfrage.</translation>
    </message>
    <message>
        <source>Records path</source>
        <translation>Datensatzpfad</translation>
    </message>
    <message>
        <source>Dotted path to the array of records in the response, e.g. data.items. Empty: the response is the array (or a single object).</source>
        <translation>Pfad in Punktnotation zum Array der Datensätze in der Antwort, z. B. data.items. Leer: Die Antwort ist das Array (oder ein einzelnes Objekt).</translation>
    </message>
    <message>
        <source>Flatten depth</source>
        <translation>Abflachungstiefe</translation>
    </message>
    <message>
        <source>How many levels of nested objects become dotted columns; deeper objects stay JSON text.</source>
        <translation>Wie viele Ebenen verschachtelter Objekte zu Spalten mit Punktnotation werden; tiefere Objekte bleiben JSON-Text.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>none; api_key_header / api_key_query: an API key; basic: user name and password; bearer: a token; oauth_client_credentials / oauth_refresh_token: OAuth 2.0 (the token is fetched and renewed for you).</source>
        <translation>none; api_key_header / api_key_query: ein API-Schlüssel; basic: Benutzername und Passwort; bearer: ein Token; oauth_client_credentials / oauth_refresh_token: OAuth 2.0 (das Token wird automatisch abgerufen und erneuert).</translation>
    </message>
    <message>
        <source>API key name</source>
        <translation>Name des API-Schlüssels</translation>
    </message>
    <message>
        <source>The header (default X-API-Key) or query parameter (default api_key) that carries the API key.</source>
        <translation>Der Header (Standard X-API-Key) oder Abfrageparameter (Standard api_key), der den API-Schlüssel überträgt.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>For basic authentication.</source>
        <translation>Für Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>For basic authentication; stored in the system keychain.</source>
        <translation>Für Basic-Authentifizierung; wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Sent as &apos;Authorization: Bearer&apos;; stored in the system keychain.</source>
        <translation>Gesendet als &apos;Authorization: Bearer&apos;; wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>OAuth 2.0: where access tokens are requested.</source>
        <translation>OAuth 2.0: wo Zugriffstoken angefordert werden.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>OAuth 2.0 client identifier.</source>
        <translation>OAuth-2.0-Client-Kennung.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>OAuth 2.0 client secret (optional with a refresh token); stored in the system keychain.</source>
        <translation>OAuth-2.0-Client-Secret (optional mit einem Refresh-Token); wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>OAuth 2.0 scopes, separated by spaces (optional).</source>
        <translation>OAuth-2.0-Scopes, durch Leerzeichen getrennt (optional).</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>OAuth 2.0 refresh token; stored in the system keychain.</source>
        <translation>OAuth-2.0-Refresh-Token; wird im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>How the next page is requested: page_number, offset_limit, a cursor from the body, a next URL from the body, or the Link header. Reading stops at a page without records or without a next page.</source>
        <translation>Wie die nächste Seite angefordert wird: page_number, offset_limit, ein Cursor aus dem Antworttext, eine nächste URL aus dem Antworttext oder der Link-Header. Das Lesen endet bei einer Seite ohne Datensätze oder ohne nächste Seite.</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Seitenparameter</translation>
    </message>
    <message>
        <source>page_number: the parameter of the page number.</source>
        <translation>page_number: der Parameter für die Seitennummer.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>page_number: the number of the first page (0 or 1).</source>
        <translation>page_number: die Nummer der ersten Seite (0 oder 1).</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Parameter für Seitengröße</translation>
    </message>
    <message>
        <source>page_number: the parameter of the page size, e.g. per_page (optional).</source>
        <translation>page_number: der Parameter für die Seitengröße, z. B. per_page (optional).</translation>
    </message>
    <message>
        <source>Page size / limit</source>
        <translation>Seitengröße / Limit</translation>
    </message>
    <message>
        <source>Records per page: sent as the page size or the limit.</source>
        <translation>Datensätze pro Seite: gesendet als Seitengröße oder Limit.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Offset-Parameter</translation>
    </message>
    <message>
        <source>offset_limit: the parameter of the offset.</source>
        <translation>offset_limit: der Parameter für den Offset.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>Limit-Parameter</translation>
    </message>
    <message>
        <source>offset_limit: the parameter of the limit.</source>
        <translation>offset_limit: der Parameter für das Limit.</translation>
    </message>
    <message>
        <source>Cursor path</source>
        <translation>Cursor-Pfad</translation>
    </message>
    <message>
        <source>cursor: dotted path to the next cursor in the response, e.g. meta.next_cursor.</source>
        <translation>cursor: Pfad in Punktnotation zum nächsten Cursor in der Antwort, z. B. meta.next_cursor.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Cursor-Parameter</translation>
    </message>
    <message>
        <source>cursor: the parameter the cursor is sent back in, e.g. cursor.</source>
        <translation>cursor: der Parameter, in dem der Cursor zurückgesendet wird, z. B. cursor.</translation>
    </message>
    <message>
        <source>Next URL path</source>
        <translation>Pfad der nächsten URL</translation>
    </message>
    <message>
        <source>next_url: dotted path to the next page&apos;s URL in the response, e.g. links.next.</source>
        <translation>next_url: Pfad in Punktnotation zur URL der nächsten Seite in der Antwort, z. B. links.next.</translation>
    </message>
    <message>
        <source>Incremental parameter</source>
        <translation>Inkrementeller Parameter</translation>
    </message>
    <message>
        <source>The query parameter that selects records changed since a value, e.g. updated_since.</source>
        <translation>Der Abfrageparameter, der seit einem Wert geänderte Datensätze auswählt, z. B. updated_since.</translation>
    </message>
    <message>
        <source>Incremental lower bound</source>
        <translation>Inkrementelle Untergrenze</translation>
    </message>
    <message>
        <source>Sent as the incremental parameter when set, e.g. 2026-01-01T00:00:00Z.</source>
        <translation>Wird, falls gesetzt, als inkrementeller Parameter gesendet, z. B. 2026-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often a request is retried after a timeout, a dropped connection, HTTP 429 or a 5xx error.</source>
        <translation>Wie oft eine Anfrage nach einer Zeitüberschreitung, einem Verbindungsabbruch, HTTP 429 oder einem 5xx-Fehler wiederholt wird.</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Timeout (s)</translation>
    </message>
    <message>
        <source>The longest a single request may take.</source>
        <translation>Die maximale Dauer einer einzelnen Anfrage.</translation>
    </message>
    <message>
        <source>First retry delay (ms)</source>
        <translation>Verzögerung vor dem ersten Wiederholungsversuch (ms)</translation>
    </message>
    <message>
        <source>Doubles with every retry, with random jitter; a Retry-After header wins.</source>
        <translation>Verdoppelt sich mit jeder Wiederholung, mit zufälliger Streuung; ein Retry-After-Header hat Vorrang.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>The most requests per second to send, e.g. 2 or 0.5 (empty: no limit).</source>
        <translation>Die maximale Zahl der Anfragen pro Sekunde, z. B. 2 oder 0.5 (leer: keine Begrenzung).</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>the base URL is not set.</source>
        <translation>die Basis-URL ist nicht angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>the method must be GET or POST, not &apos;%1&apos;.</source>
        <translation>die Methode muss GET oder POST sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>line %1 of the extra headers is not &apos;Name: value&apos;.</source>
        <translation>Zeile %1 der zusätzlichen Header hat nicht die Form &apos;Name: Wert&apos;.</translation>
    </message>
    <message>
        <source>line %1 of the query parameters is not &apos;key=value&apos;.</source>
        <translation>Zeile %1 der Abfrageparameter hat nicht die Form &apos;schlüssel=wert&apos;.</translation>
    </message>
    <message>
        <source>a request body is only sent with the POST method.</source>
        <translation>ein Anfragetext wird nur mit der POST-Methode gesendet.</translation>
    </message>
    <message>
        <source>the flatten depth</source>
        <translation>die Verflachungstiefe</translation>
    </message>
    <message>
        <source>unknown authentication &apos;%1&apos; (expected one of %2).</source>
        <translation>unbekannte Authentifizierung &apos;%1&apos; (erwartet: eine von %2).</translation>
    </message>
    <message>
        <source>the API key is not set (authentication %1).</source>
        <translation>der API-Schlüssel ist nicht angegeben (Authentifizierung %1).</translation>
    </message>
    <message>
        <source>the user name for basic authentication is not set.</source>
        <translation>der Benutzername für die Basic-Authentifizierung ist nicht angegeben.</translation>
    </message>
    <message>
        <source>the bearer token is not set.</source>
        <translation>das Bearer-Token ist nicht angegeben.</translation>
    </message>
    <message>
        <source>the OAuth token URL is not set or not an http(s) URL.</source>
        <translation>die OAuth-Token-URL ist nicht angegeben oder keine http(s)-URL.</translation>
    </message>
    <message>
        <source>the OAuth client ID is not set.</source>
        <translation>die OAuth-Client-ID ist nicht angegeben.</translation>
    </message>
    <message>
        <source>the OAuth client secret is not set.</source>
        <translation>das OAuth-Client-Secret ist nicht angegeben.</translation>
    </message>
    <message>
        <source>the OAuth refresh token is not set.</source>
        <translation>das OAuth-Refresh-Token ist nicht angegeben.</translation>
    </message>
    <message>
        <source>unknown pagination &apos;%1&apos; (expected one of %2).</source>
        <translation>unbekannte Paginierung &apos;%1&apos; (erwartet: eine von %2).</translation>
    </message>
    <message>
        <source>the first page</source>
        <translation>die erste Seite</translation>
    </message>
    <message>
        <source>the page size</source>
        <translation>die Seitengröße</translation>
    </message>
    <message>
        <source>cursor pagination needs the cursor path and the cursor parameter.</source>
        <translation>die Cursor-Paginierung benötigt den Cursor-Pfad und den Cursor-Parameter.</translation>
    </message>
    <message>
        <source>next URL pagination needs the path of the next URL in the response.</source>
        <translation>die Paginierung per nächster URL benötigt den Pfad der nächsten URL in der Antwort.</translation>
    </message>
    <message>
        <source>the number of retries</source>
        <translation>die Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source>the timeout</source>
        <translation>das Timeout</translation>
    </message>
    <message>
        <source>the first retry delay</source>
        <translation>die Verzögerung vor dem ersten Wiederholungsversuch</translation>
    </message>
    <message>
        <source>requests per second must be a positive number such as 2 or 0.5, not &apos;%1&apos;.</source>
        <translation>Anfragen pro Sekunde müssen eine positive Zahl wie 2 oder 0.5 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;</source>
        <translation>Datenquelle &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>miq::RestStreamReader</name>
    <message>
        <source>The settings of %1 have changed since the interrupted run; start over with --full.</source>
        <translation>Die Einstellungen von %1 haben sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>Cannot read records from %1: %2.</source>
        <translation>Datensätze aus %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>miq::ResumeToken</name>
    <message>
        <source>The saved position of %1 is not a position in %2; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist keine Position in %2; beginnen Sie mit --full neu.</translation>
    </message>
    <message>
        <source>The saved position of %1 was written by another version of MigrateIQ; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 wurde von einer anderen Version von MigrateIQ geschrieben; beginnen Sie mit --full neu.</translation>
    </message>
</context>
<context>
    <name>miq::RunDetails</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every quarantined row of this run as a CSV file</source>
        <translation>Alle Quarantäne-Zeilen dieses Laufs als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Quarantined Rows</source>
        <translation>Quarantäne-Zeilen</translation>
    </message>
    <message>
        <source>Target DDL</source>
        <translation>Ziel-DDL</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Wählen Sie einen Lauf aus, um zu sehen, was er getan hat.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>#%1 of &apos;%2&apos;</source>
        <translation>#%1 von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>Tabelle &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 read, %2 written, %3 quarantined</source>
        <translation>%1 gelesen, %2 geschrieben, %3 in Quarantäne</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>Gelesene Daten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>type inference</source>
        <translation>Typermittlung</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>verified: %1 rows, identical checksums on both sides</source>
        <translation>geprüft: %1 Zeilen, identische Prüfsummen auf beiden Seiten</translation>
    </message>
    <message>
        <source>verified: the destination holds %1 rows</source>
        <translation>geprüft: Das Ziel enthält %1 Zeilen</translation>
    </message>
    <message>
        <source>mismatch: %1 rows sent, %2 in the destination</source>
        <translation>Abweichung: %1 Zeilen gesendet, %2 im Ziel</translation>
    </message>
    <message>
        <source>columns that differ: %1</source>
        <translation>abweichende Spalten: %1</translation>
    </message>
    <message>
        <source>after the copy</source>
        <translation>nach dem Kopieren</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>The quarantined rows are listed under Quarantined Rows and can be exported.</source>
        <translation>Die Quarantäne-Zeilen sind unter „Quarantäne-Zeilen“ aufgeführt und können exportiert werden.</translation>
    </message>
    <message>
        <source>-- The run created no target yet.</source>
        <translation>-- Der Lauf hat noch kein Ziel angelegt.</translation>
    </message>
    <message>
        <source>This run quarantined no rows.</source>
        <translation>Dieser Lauf hat keine Zeilen in Quarantäne gestellt.</translation>
    </message>
    <message>
        <source>The first %1 of %2 quarantined rows; Export writes them all.</source>
        <translation>Die ersten %1 von %2 Quarantäne-Zeilen; „Exportieren“ schreibt alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined row(s).</source>
        <translation>
            <numerusform>%n Zeile in Quarantäne.</numerusform>
            <numerusform>%n Zeilen in Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantined Rows (%1)</source>
        <translation>Quarantäne-Zeilen (%1)</translation>
    </message>
    <message>
        <source>%1 run %2 quarantined.csv</source>
        <translation>%1 Lauf %2 Quarantäne.csv</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>Export Quarantined Rows</source>
        <translation>Quarantäne-Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting the quarantined rows of run #%1…</source>
        <translation>Quarantäne-Zeilen von Lauf #%1 werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n quarantined row(s) to %1.</source>
        <translation>
            <numerusform>%n Quarantäne-Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Quarantäne-Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>&amp;Load Again</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <source>Once the source is fixed, read these rows again and load those that now convert (appended to the target; upserted for an upsert job)</source>
        <translation>Sobald die Datenquelle korrigiert ist, diese Zeilen erneut lesen und die laden, die sich jetzt umwandeln lassen (an das Ziel angehängt; per Upsert bei einem Upsert-Job)</translation>
    </message>
</context>
<context>
    <name>miq::RunNotifier</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>MigrateIQ</source>
        <translation>MigrateIQ</translation>
    </message>
</context>
<context>
    <name>miq::RunsModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>miq::SecretStore</name>
    <message>
        <source>The secret store was closed before it answered.</source>
        <translation>Der Zugangsdatenspeicher wurde geschlossen, bevor er geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>miq::SourceDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Add Data Source</source>
        <translation>Datenquelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit Data Source &apos;%1&apos;</source>
        <translation>Datenquelle &apos;%1&apos; bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Datenquelle einen Namen.</translation>
    </message>
    <message>
        <source>Another source is already named &apos;%1&apos;.</source>
        <translation>Eine andere Datenquelle heißt bereits &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
</context>
<context>
    <name>miq::SourceOperations</name>
    <message>
        <source>Source &apos;%1&apos; has no streams to preview.</source>
        <translation>Datenquelle &apos;%1&apos; hat keine Datenströme für eine Vorschau.</translation>
    </message>
    <message>
        <source>Preview of &apos;%1&apos; was cancelled.</source>
        <translation>Die Vorschau von &apos;%1&apos; wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>miq::SourceSecrets</name>
    <message>
        <source>No keychain is available; the secrets are kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar; die Zugangsdaten werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 The secrets are kept in memory for this session only and will have to be entered again next time.</source>
        <translation>%1 Die Zugangsdaten werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>miq::SourcesModel</name>
    <message>
        <source>Tested %1</source>
        <translation>Getestet am %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>miq::SourcesPane</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>Datenquelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>Datenquelle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>D&amp;uplicate Source</source>
        <translation>Datenquelle d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Remove Source…</source>
        <translation>Datenquelle &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Re&amp;fresh Streams</source>
        <translation>Datenströme &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Filter sources (Ctrl+F)</source>
        <translation>Datenquellen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>No data sources yet. Add one with Source ▸ Add Source…</source>
        <translation>Noch keine Datenquellen. Fügen Sie eine hinzu mit Quelle ▸ Datenquelle hinzufügen…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Its secrets are kept for this session only (the keychain could not store them).</source>
        <translation>Die Zugangsdaten dieser Datenquelle werden nur für diese Sitzung aufbewahrt (der Schlüsselbund konnte sie nicht speichern).</translation>
    </message>
    <message>
        <source>Cannot read the secrets of &apos;%1&apos;: %2</source>
        <translation>Die Zugangsdaten von &apos;%1&apos; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Looking at what &apos;%1&apos; contains…</source>
        <translation>Inhalt von &apos;%1&apos; wird ermittelt…</translation>
    </message>
    <message>
        <source>This source has no streams.</source>
        <translation>Diese Datenquelle hat keine Datenströme.</translation>
    </message>
    <message>
        <source>Loading a preview of &apos;%1&apos;…</source>
        <translation>Vorschau von &apos;%1&apos; wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Preview of &apos;%1&apos;: first %n row(s)</source>
        <translation>
            <numerusform>Vorschau von &apos;%1&apos;: %n Zeile</numerusform>
            <numerusform>Vorschau von &apos;%1&apos;: die ersten %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed record(s) set aside; the first at line %1: %2</source>
        <translation>
            <numerusform>%n fehlerhafter Datensatz aussortiert, in Zeile %1: %2</numerusform>
            <numerusform>%n fehlerhafte Datensätze aussortiert; der erste in Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Add Source</source>
        <translation>Datenquelle kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Secrets Not Stored</source>
        <translation>Zugangsdaten nicht gespeichert</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Datenquelle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Added source &apos;%1&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot Save Source</source>
        <translation>Datenquelle kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved source &apos;%1&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; gespeichert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot Duplicate Source</source>
        <translation>Datenquelle kann nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Duplicated as &apos;%1&apos;.</source>
        <translation>Als &apos;%1&apos; dupliziert.</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Datenquelle entfernen</translation>
    </message>
    <message>
        <source>Remove the data source &apos;%1&apos;? Its settings and the secrets stored for it in the keychain are deleted. The data itself is not touched.</source>
        <translation>Datenquelle &apos;%1&apos; entfernen? Die Einstellungen der Datenquelle und die dafür im Schlüsselbund gespeicherten Zugangsdaten werden gelöscht. Die Daten selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>Cannot Remove Source</source>
        <translation>Datenquelle kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;, but its keychain entry could not be deleted: %2</source>
        <translation>&apos;%1&apos; wurde entfernt, aber der zugehörige Eintrag im Schlüsselbund konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Removed source &apos;%1&apos;.</source>
        <translation>Datenquelle &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Testing &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; wird getestet…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works: %2</source>
        <translation>&apos;%1&apos; funktioniert: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Profile Stream…</source>
        <translation>Datenstrom &amp;profilieren…</translation>
    </message>
    <message>
        <source>Open the selected stream in the Profiles pane</source>
        <translation>Den ausgewählten Datenstrom im Bereich „Profile“ öffnen</translation>
    </message>
</context>
<context>
    <name>miq::SqliteResumeToken</name>
    <message>
        <source>The saved position of stream &apos;%1&apos; of source &apos;%2&apos; is not a position in an SQLite table; start over with --full.</source>
        <translation>Die gespeicherte Position des Datenstroms &apos;%1&apos; der Datenquelle &apos;%2&apos; ist keine Position in einer SQLite-Tabelle; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of stream &apos;%1&apos; of source &apos;%2&apos; was written by another version of MigrateIQ; start over with --full.</source>
        <translation>Die gespeicherte Position des Datenstroms &apos;%1&apos; der Datenquelle &apos;%2&apos; stammt von einer anderen MigrateIQ-Version; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of stream &apos;%1&apos; of source &apos;%2&apos; is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position des Datenstroms &apos;%1&apos; der Datenquelle &apos;%2&apos; ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
</context>
<context>
    <name>miq::StreamInfo</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>miq::StreamsModel</name>
    <message>
        <source>~%1 rows</source>
        <translation>~%1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>nicht NULL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>miq::XlsxArchive</name>
    <message>
        <source>&apos;%1&apos; in source &apos;%2&apos;</source>
        <translation>&apos;%1&apos; in Datenquelle &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: the zip archive is damaged or incomplete (its directory at the end of the file is missing).</source>
        <translation>%1 kann nicht gelesen werden: Das ZIP-Archiv ist beschädigt oder unvollständig (sein Verzeichnis am Dateiende fehlt).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: an .xlsx file is a zip archive and this file is not one.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe: Eine .xlsx-Datei ist ein ZIP-Archiv, diese Datei jedoch nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook: password-protected workbooks are not supported. Save a copy without the password (File &gt; Info &gt; Protect Workbook in Excel) and read that.</source>
        <translation>%1 ist eine kennwortgeschützte Arbeitsmappe: Kennwortgeschützte Arbeitsmappen werden nicht unterstützt. Speichern Sie eine Kopie ohne Kennwort (in Excel: Datei &gt; Informationen &gt; Arbeitsmappe schützen) und lesen Sie diese.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which is not supported. Save it as an Excel workbook (.xlsx) in Excel or LibreOffice and read that.</source>
        <translation>%1 ist eine Excel-97-2003-Arbeitsmappe (.xls), die nicht unterstützt wird. Speichern Sie sie in Excel oder LibreOffice als Excel-Arbeitsmappe (.xlsx) und lesen Sie diese.</translation>
    </message>
    <message>
        <source>%1 is an OLE compound document (an older Office file), not an Excel workbook (.xlsx).</source>
        <translation>%1 ist ein OLE-Verbunddokument (eine ältere Office-Datei), keine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is damaged: the part &apos;%2&apos; is missing.</source>
        <translation>%1 ist beschädigt: Der Teil &apos;%2&apos; fehlt.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in %2: %3</source>
        <translation>&apos;%1&apos; in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 is password-protected: password-protected workbooks are not supported.</source>
        <translation>%1 ist kennwortgeschützt: Kennwortgeschützte Arbeitsmappen werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is damaged: its package relationships (_rels/.rels) are not valid XML: %2</source>
        <translation>%1 ist beschädigt: Seine Paketbeziehungen (_rels/.rels) sind kein gültiges XML: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which is not supported. Save it as an Excel workbook (.xlsx) and read that.</source>
        <translation>%1 ist eine binäre Excel-Arbeitsmappe (.xlsb), die nicht unterstützt wird. Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und lesen Sie diese.</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an Excel workbook (.xlsx) and read that.</source>
        <translation>%1 ist eine OpenDocument-Tabelle (.ods), keine Excel-Arbeitsmappe. Speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und lesen Sie diese.</translation>
    </message>
    <message>
        <source>%1 is a Word or PowerPoint document, not an Excel workbook.</source>
        <translation>%1 ist ein Word- oder PowerPoint-Dokument, keine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook: it has no workbook part (xl/workbook.xml).</source>
        <translation>%1 ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe: Es fehlt der Arbeitsmappenteil (xl/workbook.xml).</translation>
    </message>
</context>
<context>
    <name>miq::XlsxConnector</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Worksheets of an Excel workbook (.xlsx, .xlsm), one table per sheet. Numbers, booleans, dates and times are read as the cells hold them; formulas give their last calculated values.</source>
        <translation>Arbeitsblätter einer Excel-Arbeitsmappe (.xlsx, .xlsm), eine Tabelle pro Blatt. Zahlen, Wahrheitswerte, Datums- und Zeitwerte werden so gelesen, wie die Zellen sie enthalten; Formeln liefern ihre zuletzt berechneten Werte.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The .xlsx or .xlsm workbook to read. Old .xls workbooks and password-protected workbooks must first be saved as .xlsx without a password.</source>
        <translation>Die zu lesende .xlsx- oder .xlsm-Arbeitsmappe. Alte .xls-Arbeitsmappen und kennwortgeschützte Arbeitsmappen müssen zuerst als .xlsx ohne Kennwort gespeichert werden.</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Erste Zeile ist Kopfzeile</translation>
    </message>
    <message>
        <source>auto: the first row with values is the header when it is distinct text above numbers, dates or booleans. Without a header, columns are named A, B, C...</source>
        <translation>auto: Die erste Zeile mit Werten ist die Kopfzeile, wenn sie eigenständiger Text über Zahlen, Datumswerten oder Wahrheitswerten ist. Ohne Kopfzeile heißen die Spalten A, B, C...</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <source>Comma-separated names of the sheets to read; empty reads every worksheet.</source>
        <translation>Durch Kommas getrennte Namen der zu lesenden Blätter; leer liest alle Arbeitsblätter.</translation>
    </message>
    <message>
        <source>Fill merged cells</source>
        <translation>Verbundene Zellen füllen</translation>
    </message>
    <message>
        <source>Repeat the value of a merged range in every cell of the range. Otherwise only its top-left cell has the value and the others are empty.</source>
        <translation>Den Wert eines verbundenen Bereichs in jeder Zelle des Bereichs wiederholen. Andernfalls hat nur die Zelle oben links den Wert, und die anderen sind leer.</translation>
    </message>
    <message>
        <source>The header setting &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, yes or no.</source>
        <translation>Die Kopfzeilen-Einstellung &apos;%1&apos; der Datenquelle &apos;%2&apos; ist ungültig: Verwenden Sie auto, yes oder no.</translation>
    </message>
    <message>
        <source>The fill merged cells setting &apos;%1&apos; of source &apos;%2&apos; is not valid: use true or false.</source>
        <translation>Die Einstellung „Verbundene Zellen füllen“ &apos;%1&apos; der Datenquelle &apos;%2&apos; ist ungültig: Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no file set.</source>
        <translation>Für Datenquelle &apos;%1&apos; ist keine Datei angegeben.</translation>
    </message>
    <message>
        <source>%1 has no worksheet &apos;%2&apos;; its worksheets are: %3.</source>
        <translation>%1 hat kein Arbeitsblatt &apos;%2&apos;; seine Arbeitsblätter sind: %3.</translation>
    </message>
    <message>
        <source>header row %1</source>
        <translation>Kopfzeile %1</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>columns %1-%2</source>
        <translation>Spalten %1-%2</translation>
    </message>
    <message>
        <source>1904 date system</source>
        <translation>1904-Datumssystem</translation>
    </message>
    <message>
        <source>hidden sheet</source>
        <translation>ausgeblendetes Blatt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error cell(s) (#N/A...) read as empty</source>
        <translation>
            <numerusform>%Ln Fehlerzelle (#NV...) als leer gelesen</numerusform>
            <numerusform>%Ln Fehlerzellen (#NV...) als leer gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 hat keine Arbeitsblätter.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s): %1</source>
        <translation>
            <numerusform>%n Blatt: %1</numerusform>
            <numerusform>%n Blätter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no sheet &apos;%2&apos;; its sheets are: %3.</source>
        <translation>Datenquelle &apos;%1&apos; hat kein Blatt &apos;%2&apos;; ihre Blätter sind: %3.</translation>
    </message>
</context>
<context>
    <name>miq::XlsxResumeToken</name>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist beschädigt; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>an Excel sheet</source>
        <translation>einem Excel-Tabellenblatt</translation>
    </message>
</context>
<context>
    <name>miq::XlsxSheetLayout</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>miq::XlsxSheetScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The %1 is damaged: its XML (%2) is not valid at line %3, column %4: %5</source>
        <translation>%1 ist beschädigt: Sein XML (%2) ist in Zeile %3, Spalte %4 ungültig: %5</translation>
    </message>
    <message>
        <source>the row number &apos;%1&apos; is not valid</source>
        <translation>die Zeilennummer &apos;%1&apos; ist ungültig</translation>
    </message>
    <message>
        <source>row %1 comes after row %2</source>
        <translation>Zeile %1 folgt auf Zeile %2</translation>
    </message>
    <message>
        <source>the sheet data ends early</source>
        <translation>die Blattdaten enden vorzeitig</translation>
    </message>
    <message>
        <source>the cell reference &apos;%1&apos; is not valid</source>
        <translation>der Zellbezug &apos;%1&apos; ist ungültig</translation>
    </message>
    <message>
        <source>cell %1%2 appears twice or out of order</source>
        <translation>Zelle %1%2 kommt doppelt oder außer der Reihe vor</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist (the workbook has %2)</source>
        <translation>die gemeinsame Zeichenfolge %1 existiert nicht (die Arbeitsmappe hat %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean</source>
        <translation>&apos;%1&apos; ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>the cell type &apos;%1&apos; is not known</source>
        <translation>der Zelltyp &apos;%1&apos; ist unbekannt</translation>
    </message>
</context>
<context>
    <name>miq::XlsxStreamReader</name>
    <message>
        <source>The settings of %1 have changed since the interrupted run; start over with --full.</source>
        <translation>Die Einstellungen von %1 haben sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>%1 has changed since the interrupted run; start over with --full.</source>
        <translation>%1 hat sich seit dem unterbrochenen Lauf geändert; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>cell %1%2 has a value, but the sheet had no columns when it was opened</source>
        <translation>Zelle %1%2 hat einen Wert, aber das Blatt hatte beim Öffnen keine Spalten</translation>
    </message>
    <message>
        <source>cell %1%2 is outside the columns %3 to %4 that the first %5 rows of the sheet showed</source>
        <translation>Zelle %1%2 liegt außerhalb der Spalten %3 bis %4, die die ersten %5 Zeilen des Blatts zeigten</translation>
    </message>
</context>
<context>
    <name>miq::XlsxWorkbook</name>
    <message>
        <source>%1 is damaged: &apos;%2&apos; is not valid XML (line %3: %4).</source>
        <translation>%1 ist beschädigt: &apos;%2&apos; ist kein gültiges XML (Zeile %3: %4).</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; of %2</source>
        <translation>Blatt &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the part &apos;%2&apos; is missing.</source>
        <translation>%1 ist beschädigt: Der Teil &apos;%2&apos; fehlt.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &apos;%2&apos; has no part in the workbook&apos;s relationships.</source>
        <translation>%1 ist beschädigt: Das Blatt &apos;%2&apos; hat keinen Teil in den Beziehungen der Arbeitsmappe.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in %2: %3</source>
        <translation>&apos;%1&apos; in %2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>miq::canonical</name>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert vom Typ %2</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>base64 value</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>64-bit integer</source>
        <translation>64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
</context>
</TS>
