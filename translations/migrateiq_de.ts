<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>CsvResumeToken</name>
    <message>
        <source>The saved position of source &apos;%1&apos; is not a position in delimited text; start over with --full.</source>
        <translation>Die gespeicherte Position der Datenquelle &apos;%1&apos; ist keine Position in Text mit Trennzeichen; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of source &apos;%1&apos; was written by another version of MigrateIQ; start over with --full.</source>
        <translation>Die gespeicherte Position der Datenquelle &apos;%1&apos; stammt von einer anderen MigrateIQ-Version; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of source &apos;%1&apos; is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position der Datenquelle &apos;%1&apos; ist beschädigt; beginnen Sie mit --full von vorn.</translation>
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
        <source>Choose a destination file.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
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
        <source>Write to this file: .sqlite, .sqlite3 or .db (SQLite), .csv, .ndjson or .jsonl.</source>
        <translation>In diese Datei schreiben: .sqlite, .sqlite3 oder .db (SQLite), .csv, .ndjson oder .jsonl.</translation>
    </message>
    <message>
        <source>Save a sync job: a source stream into a destination file, with its mapping</source>
        <translation>Einen Sync-Job speichern: ein Datenstrom einer Datenquelle in eine Zieldatei, mit seiner Zuordnung</translation>
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
</context>
<context>
    <name>PostgresStreamReader</name>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL at %3): %4</source>
        <translation>Datenstrom &apos;%1&apos; der Datenquelle &apos;%2&apos; kann nicht gelesen werden (PostgreSQL auf %3): %4</translation>
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
        <source>by %1</source>
        <translation>über %1</translation>
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
        <source>For each row that could not be read or converted: its line (and file), record number, column, the reason and the raw text. --export FILE writes them all (or the --limit/--offset page) as CSV with the columns record_number,line,location,column,reason,raw, so that they can be fixed and loaded again.</source>
        <translation>Für jede Zeile, die nicht gelesen oder umgewandelt werden konnte: ihre Zeile (und Datei), Datensatznummer, Spalte, der Grund und der Rohtext. --export FILE schreibt alle (oder die Seite aus --limit/--offset) als CSV mit den Spalten record_number,line,location,column,reason,raw, damit sie korrigiert und erneut geladen werden können.</translation>
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
        <source>the run has not begun.</source>
        <translation>der Lauf hat nicht begonnen.</translation>
    </message>
    <message>
        <source>an earlier write failed; the run must be aborted or resumed.</source>
        <translation>ein früherer Schreibvorgang ist fehlgeschlagen; der Lauf muss abgebrochen oder fortgesetzt werden.</translation>
    </message>
    <message>
        <source>a batch has %1 columns, the table %2.</source>
        <translation>ein Stapel hat %1 Spalten, die Tabelle %2.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of a batch is %2, the table column is %3.</source>
        <translation>Spalte &apos;%1&apos; eines Stapels ist %2, die Tabellenspalte ist %3.</translation>
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
        <source>Key columns (target names, comma-separated) that identify a row, for upsert.</source>
        <translation>Schlüsselspalten (Zielnamen, kommagetrennt), die eine Zeile identifizieren, für upsert.</translation>
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
        <source>The destination needs a file name.</source>
        <translation>Das Ziel benötigt einen Dateinamen.</translation>
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
        <source>replace (the default: loads a staging table and swaps it in at the end), append, or upsert (inserts or updates by --key; SQLite destinations only).</source>
        <translation>replace (Standard: lädt eine Staging-Tabelle und tauscht sie am Ende aus), append oder upsert (fügt nach --key ein oder aktualisiert; nur SQLite-Ziele).</translation>
    </message>
    <message>
        <source>Rows can only be upserted into a database destination (.sqlite, .sqlite3, .db); use replace or append for a file.</source>
        <translation>Ein Upsert von Zeilen ist nur in ein Datenbankziel möglich (.sqlite, .sqlite3, .db); verwenden Sie für eine Datei replace oder append.</translation>
    </message>
    <message>
        <source>starting over (--full); interrupted run #%1 is marked cancelled</source>
        <translation>Neubeginn (--full); der unterbrochene Lauf #%1 wird als abgebrochen markiert</translation>
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
        <source>Copy a source&apos;s stream, or a file, into an SQLite, CSV or NDJSON file</source>
        <translation>Einen Datenstrom einer Datenquelle oder eine Datei in eine SQLite-, CSV- oder NDJSON-Datei kopieren</translation>
    </message>
    <message>
        <source>SOURCE is a source of the workspace, optionally with &apos;:STREAM&apos; (default: its first stream); otherwise the argument is taken as a file whose type its suffix tells. DEST is a file whose suffix picks the destination: .sqlite, .sqlite3 or .db (a table in an SQLite database, created when missing), .csv, .ndjson or .jsonl.
The whole stream is read once to infer the narrowest column types, then copied in batches with a checkpoint after each commit, and verified: row counts and checksums on both sides. Rows that cannot be read or converted are quarantined (see &apos;errors RUN&apos;) and the run goes on, unless the error policy says otherwise. The run is recorded in the workspace (&apos;runs&apos;).
Ctrl-C stops at the next checkpoint (exit code 130); running the same command again resumes there, with no row lost or doubled, as it does after a crash. --full starts over.
Exit code 1 when the run fails or its verification finds a mismatch.</source>
        <translation>SOURCE ist eine Datenquelle des Arbeitsbereichs, optional mit &apos;:STREAM&apos; (Standard: ihr erster Datenstrom); andernfalls wird das Argument als Datei gelesen, deren Typ sich aus der Dateiendung ergibt. DEST ist eine Datei, deren Endung das Ziel bestimmt: .sqlite, .sqlite3 oder .db (eine Tabelle in einer SQLite-Datenbank, die bei Bedarf angelegt wird), .csv, .ndjson oder .jsonl.
Der gesamte Datenstrom wird einmal gelesen, um die engsten Spaltentypen zu ermitteln, dann stapelweise mit einem Checkpoint nach jedem Commit kopiert und geprüft: Zeilenzahlen und Prüfsummen auf beiden Seiten. Zeilen, die nicht gelesen oder umgewandelt werden können, kommen in Quarantäne (siehe &apos;errors RUN&apos;), und der Lauf geht weiter, sofern die Fehlerbehandlung nichts anderes vorgibt. Der Lauf wird im Arbeitsbereich gespeichert (&apos;runs&apos;).
Strg+C hält am nächsten Checkpoint an (Exit-Code 130); derselbe Befehl setzt dort erneut fort, ohne dass Zeilen verloren gehen oder doppelt ankommen – wie nach einem Absturz. --full beginnt von vorn.
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
        <source>Reading &apos;%1&apos; once to infer the column types.</source>
        <translation>&apos;%1&apos; wird einmal gelesen, um die Spaltentypen zu ermitteln.</translation>
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
        <source>Reading %1 back stopped unexpectedly.</source>
        <translation>Das Zurücklesen von %1 wurde unerwartet beendet.</translation>
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
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
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
        <source>The saved position of %1 is not a position in a JSON file; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist keine Position in einer JSON-Datei; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of %1 was written by another version of MigrateIQ; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 stammt von einer anderen MigrateIQ-Version; beginnen Sie mit --full von vorn.</translation>
    </message>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>Die gespeicherte Position von %1 ist beschädigt; beginnen Sie mit --full von vorn.</translation>
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
