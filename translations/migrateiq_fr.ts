<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Correlation heatmap</source>
        <translation>Carte de chaleur des corrélations</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Quality scores</source>
        <translation>Scores de qualité</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (%2 of values fit)</source>
        <translation>%1 (%2 des valeurs conformes)</translation>
    </message>
    <message>
        <source>Delivered as</source>
        <translation>Fourni comme</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>%1 (%2 of values)</source>
        <translation>%1 (%2 des valeurs)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Valeurs nulles</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Valeurs vides</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Uniques</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Zeros / negatives</source>
        <translation>Zéros / négatifs</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Suggested SQL type</source>
        <translation>Type SQL suggéré</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation>Kurtosis</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valeurs aberrantes</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>%1 to %2, mean %3</source>
        <translation>%1 à %2, moyenne %3</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Day/month order</source>
        <translation>Ordre jour/mois</translation>
    </message>
    <message>
        <source>Leading / trailing spaces</source>
        <translation>Espaces en début / fin</translation>
    </message>
    <message>
        <source>Non-ASCII / control characters</source>
        <translation>Caractères non ASCII / de contrôle</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Histogram of &apos;%1&apos;</source>
        <translation>Histogramme de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>Top values of &apos;%1&apos;</source>
        <translation>Valeurs les plus fréquentes de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Patterns of &apos;%1&apos;</source>
        <translation>Motifs de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Formats of &apos;%1&apos;</source>
        <translation>Formats de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Date formats</source>
        <translation>Formats de date</translation>
    </message>
    <message>
        <source>Date formats of &apos;%1&apos;</source>
        <translation>Formats de date de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Values of &apos;%1&apos; by year</source>
        <translation>Valeurs de &apos;%1&apos; par année</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Values of &apos;%1&apos; by month</source>
        <translation>Valeurs de &apos;%1&apos; par mois</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>Values of &apos;%1&apos; by weekday</source>
        <translation>Valeurs de &apos;%1&apos; par jour de la semaine</translation>
    </message>
    <message>
        <source>Text lengths</source>
        <translation>Longueurs de texte</translation>
    </message>
    <message>
        <source>Lengths of &apos;%1&apos;</source>
        <translation>Longueurs de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 values do not fit the type %2, for example:</source>
        <translation>%1 valeurs ne correspondent pas au type %2, par exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Valeurs non valides</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Global&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
</context>
<context>
    <name>BatchConverter</name>
    <message>
        <source>The type inference describes %1 columns, but the source has %2.</source>
        <translation>L&apos;inférence des types décrit %1 colonnes, mais la source en a %2.</translation>
    </message>
    <message>
        <source>A mapped column has neither a source column nor a constant value.</source>
        <translation>Une colonne de la correspondance n&apos;a ni colonne source ni valeur constante.</translation>
    </message>
    <message>
        <source>Target column &apos;%1&apos; has neither a source column nor a constant value.</source>
        <translation>La colonne cible &apos;%1&apos; n&apos;a ni colonne source ni valeur constante.</translation>
    </message>
    <message>
        <source>The mapping names source column &apos;%1&apos;, which the source does not have.</source>
        <translation>La correspondance nomme la colonne source &apos;%1&apos;, que la source n&apos;a pas.</translation>
    </message>
    <message>
        <source>The run has no id to put in column &apos;%1&apos;.</source>
        <translation>L&apos;exécution n&apos;a pas d&apos;identifiant à mettre dans la colonne &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The run has no start time to put in column &apos;%1&apos;.</source>
        <translation>L&apos;exécution n&apos;a pas d&apos;heure de début à mettre dans la colonne &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The mapping leaves no column to load.</source>
        <translation>La correspondance ne laisse aucune colonne à charger.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds %2 values, which cannot be cast to %3.</source>
        <translation>La colonne &apos;%1&apos; contient des valeurs de type %2, qui ne peuvent pas être converties en %3.</translation>
    </message>
    <message>
        <source>The constant column &apos;%1&apos; needs a target name.</source>
        <translation>La colonne constante &apos;%1&apos; doit avoir un nom cible.</translation>
    </message>
    <message>
        <source>The constant &apos;%1&apos; of column &apos;%2&apos; is not a valid %3.</source>
        <translation>La constante &apos;%1&apos; de la colonne &apos;%2&apos; n&apos;est pas une valeur valide de type %3.</translation>
    </message>
    <message>
        <source>A target column has an empty name.</source>
        <translation>Une colonne cible a un nom vide.</translation>
    </message>
    <message>
        <source>Two target columns are named &apos;%1&apos;.</source>
        <translation>Deux colonnes cibles s&apos;appellent &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the record has %1 columns where the source has %2</source>
        <translation>l&apos;enregistrement a %1 colonnes alors que la source en a %2</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not an integer (it has leading zeros)</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un entier (elle commence par des zéros)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is outside the integer range</source>
        <translation>la valeur &apos;%1&apos; est hors de la plage des entiers</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not an integer</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; does not fit decimal(%2,%3)</source>
        <translation>la valeur &apos;%1&apos; ne tient pas dans decimal(%2,%3)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a decimal number (at most %2 digits, no exponent)</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un nombre décimal (au plus %2 chiffres, sans exposant)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a boolean (true/false, yes/no, t/f, y/n, 1/0)</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un booléen (true/false, yes/no, t/f, y/n, 1/0)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a valid date (YYYY-MM-DD)</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a valid timestamp (YYYY-MM-DD HH:MM:SS)</source>
        <translation>la valeur &apos;%1&apos; n&apos;est pas un horodatage valide (AAAA-MM-JJ HH:MM:SS)</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is longer than %2 characters</source>
        <translation>la valeur &apos;%1&apos; dépasse %2 caractères</translation>
    </message>
</context>
<context>
    <name>BrowseCommand</name>
    <message>
        <source>1 bad record in &apos;%1&apos; was skipped:</source>
        <translation>1 enregistrement invalide dans &apos;%1&apos; a été ignoré&#xa0;:</translation>
    </message>
    <message>
        <source>%1 bad records in &apos;%2&apos; were skipped:</source>
        <translation>%1 enregistrements invalides dans &apos;%2&apos; ont été ignorés&#xa0;:</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>(column &apos;%1&apos;)</source>
        <translation>(colonne &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>... and %1 more (see --json)</source>
        <translation>... et %1 de plus (voir --json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no streams.</source>
        <translation>&apos;%1&apos; n&apos;a aucun flux.</translation>
    </message>
    <message>
        <source>~%1 rows</source>
        <translation>~%1 lignes</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>NATIVE TYPE</source>
        <translation>TYPE NATIF</translation>
    </message>
    <message>
        <source>NULLABLE</source>
        <translation>NULL AUTORISÉ</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--limit doit être un nombre entier de 1 à %1, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream &apos;%2&apos;. Its streams: %3.</source>
        <translation>&apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;. Ses flux&#xa0;: %3.</translation>
    </message>
    <message>
        <source>(1 row of &apos;%1&apos;)</source>
        <translation>(1 ligne de &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>(%1 rows of &apos;%2&apos;)</source>
        <translation>(%1 lignes de &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 of %2 columns did not fit in %3 characters and are not shown; use --json, or set COLUMNS for a wider table.</source>
        <translation>Colonnes non affichées faute de place dans %3 caractères&#xa0;: %1 sur %2. Utilisez --json, ou définissez COLUMNS pour un tableau plus large.</translation>
    </message>
    <message>
        <source>List the streams of a source (files, tables, views) and their columns</source>
        <translation>Lister les flux d&apos;une source (fichiers, tables, vues) et leurs colonnes</translation>
    </message>
    <message>
        <source>NAME is a source of the workspace; otherwise the argument is taken as a file whose type is told by its suffix (.csv, .json, .sqlite...), and no workspace is needed. For each stream: its kind, estimated rows, size and detail, and its columns with type, native type, nullability and primary key.</source>
        <translation>NAME est une source de l&apos;espace de travail&#xa0;; sinon, l&apos;argument est traité comme un fichier dont le type est déduit de l&apos;extension (.csv, .json, .sqlite...), et aucun espace de travail n&apos;est nécessaire. Pour chaque flux&#xa0;: sa nature, le nombre estimé de lignes, la taille et le détail, ainsi que ses colonnes avec type, type natif, acceptation de NULL et clé primaire.</translation>
    </message>
    <message>
        <source>Show the first rows of a source&apos;s stream, or of a file</source>
        <translation>Afficher les premières lignes d&apos;un flux d&apos;une source ou d&apos;un fichier</translation>
    </message>
    <message>
        <source>NAME is a source of the workspace; otherwise the argument is taken as a file whose type is told by its suffix, and no workspace is needed. The text table is clipped to the terminal width (cells end in &apos;…&apos;; null cells show as NULL); --json gives every cell: the text as read, &quot;&quot; for an empty field, null for a null. Records that cannot be read are listed on standard error with their line numbers.</source>
        <translation>NAME est une source de l&apos;espace de travail&#xa0;; sinon, l&apos;argument est traité comme un fichier dont le type est déduit de l&apos;extension, et aucun espace de travail n&apos;est nécessaire. Le tableau texte est tronqué à la largeur du terminal (les cellules tronquées se terminent par &apos;…&apos;&#xa0;; les cellules nulles s&apos;affichent comme NULL)&#xa0;; --json donne chaque cellule&#xa0;: le texte tel que lu, &quot;&quot; pour un champ vide, null pour une valeur nulle. Les enregistrements illisibles sont listés sur la sortie d&apos;erreur standard avec leur numéro de ligne.</translation>
    </message>
    <message>
        <source>The stream to read (see &apos;streams&apos;); default: the first one.</source>
        <translation>Le flux à lire (voir &apos;streams&apos;)&#xa0;; par défaut&#xa0;: le premier.</translation>
    </message>
    <message>
        <source>Rows to show, 1 to %1 (default %2).</source>
        <translation>Nombre de lignes à afficher, de 1 à %1 (par défaut&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>created workspace &apos;%1&apos;</source>
        <translation>espace de travail &apos;%1&apos; créé</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;. &apos;migrateiq-cli sources list&apos; shows the sources.</source>
        <translation>Il n&apos;y a pas de source nommée &apos;%1&apos; dans l&apos;espace de travail &apos;%2&apos;. &apos;migrateiq-cli sources list&apos; affiche les sources.</translation>
    </message>
    <message>
        <source>Cannot read the secrets of source &apos;%1&apos; (secret store: %2): %3</source>
        <translation>Impossible de lire les secrets de la source &apos;%1&apos; (stockage des secrets&#xa0;: %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The secret field(s) %1 of source &apos;%2&apos; are missing from the secret store (%3). Enter them again with: migrateiq-cli sources edit &quot;%2&quot; --secret-stdin</source>
        <translation>Secrets absents du stockage des secrets (%3) pour la source &apos;%2&apos;&#xa0;: %1. Saisissez-les à nouveau avec&#xa0;: migrateiq-cli sources edit &quot;%2&quot; --secret-stdin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give a file or the name of a source.</source>
        <translation>&apos;%1&apos; est un dossier&#xa0;; indiquez un fichier ou le nom d&apos;une source.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;, and no file &apos;%1&apos;.</source>
        <translation>Il n&apos;y a ni source nommée &apos;%1&apos; dans l&apos;espace de travail &apos;%2&apos;, ni fichier &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos; (and no workspace &apos;%2&apos; with a source of that name).</source>
        <translation>Il n&apos;y a pas de fichier &apos;%1&apos; (ni d&apos;espace de travail &apos;%2&apos; contenant une source de ce nom).</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1&#xa0;: erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ColumnProfiler</name>
    <message>
        <source>Dates written with &apos;%1&apos; are read as %2 by convention: all %3 of them have both parts at most 12, so the data cannot tell day from month.</source>
        <translation>Les dates écrites avec &apos;%1&apos; sont lues comme %2 par convention&#xa0;: pour toutes les %3, les deux parties valent au plus 12, les données ne permettent donc pas de distinguer le jour du mois.</translation>
    </message>
    <message>
        <source>Dates written with &apos;%1&apos; are read as %2: %3 of %4 such values only make sense in that order (a part above 12 where the day goes) and none contradicts it.</source>
        <translation>Les dates écrites avec &apos;%1&apos; sont lues comme %2&#xa0;: %3 de ces %4 valeurs n&apos;ont de sens que dans cet ordre (une partie supérieure à 12 à la place du jour) et aucune ne le contredit.</translation>
    </message>
    <message>
        <source>Dates written with &apos;%1&apos; are read as %2: %3 values only fit that order against %4 that only fit %5 (those %4 are counted as not fitting).</source>
        <translation>Les dates écrites avec &apos;%1&apos; sont lues comme %2&#xa0;: %3 valeurs ne correspondent qu&apos;à cet ordre, contre %4 qui ne correspondent qu&apos;à %5 (ces %4 sont comptées comme non conformes).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The workspace file (*.miq). Default: $MIQ_WORKSPACE, else %1. Created when missing (except by commands that do not need one).</source>
        <translation>Le fichier d&apos;espace de travail (*.miq). Par défaut&#xa0;: $MIQ_WORKSPACE, sinon %1. Créé s&apos;il n&apos;existe pas (sauf par les commandes qui n&apos;en ont pas besoin).</translation>
    </message>
    <message>
        <source>Write results to standard output as JSON. Errors still go to standard error as text.</source>
        <translation>Écrire les résultats en JSON sur la sortie standard. Les erreurs restent écrites en texte sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de or fr (default: the system&apos;s).</source>
        <translation>Langue des messages, par ex. de ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;%2 --help&apos; for the list of commands.</source>
        <translation>Commande inconnue &apos;%1&apos;. Lancez &apos;%2 --help&apos; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2. Run &apos;%3 %1 --help&apos; for details.</source>
        <translation>&apos;%1&apos; nécessite une sous-commande&#xa0;: %2. Lancez &apos;%3 %1 --help&apos; pour plus de détails.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;; &apos;%1&apos; has: %3. Run &apos;%4 %1 --help&apos; for details.</source>
        <translation>Commande inconnue &apos;%1 %2&apos;&#xa0;; &apos;%1&apos; propose&#xa0;: %3. Lancez &apos;%4 %1 --help&apos; pour plus de détails.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Lancez &apos;%1 %2 --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. %2</source>
        <translation>Argument inattendu &apos;%1&apos;. %2</translation>
    </message>
    <message>
        <source>Missing argument: %1 %2. %3</source>
        <translation>Argument manquant&#xa0;: %1 %2. %3</translation>
    </message>
    <message>
        <source>--workspace needs a file name. %1</source>
        <translation>--workspace nécessite un nom de fichier. %1</translation>
    </message>
    <message>
        <source>%1 %2 (Qt %3, workspace schema %4)</source>
        <translation>%1 %2 (Qt %3, schéma d&apos;espace de travail %4)</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  runtime failure (connection failed, read or write error)
  2  usage error (bad arguments, unknown command, source or type, invalid settings)
  3  the workspace cannot be opened (corrupt, locked, read-only, from a newer version)
  4  the keychain failed (secrets could not be stored or read)
</source>
        <translation>Codes de sortie&#xa0;:
  0  succès
  1  échec à l&apos;exécution (connexion impossible, erreur de lecture ou d&apos;écriture)
  2  erreur d&apos;utilisation (arguments invalides, commande, source ou type inconnus, paramètres invalides)
  3  l&apos;espace de travail ne peut pas être ouvert (corrompu, verrouillé, en lecture seule, d&apos;une version plus récente)
  4  échec du trousseau (les secrets n&apos;ont pas pu être enregistrés ou lus)
</translation>
    </message>
    <message>
        <source>Usage: %1 [--workspace FILE] [--json] [--lang L] COMMAND [ARGUMENTS...]

</source>
        <translation>Utilisation&#xa0;: %1 [--workspace FILE] [--json] [--lang L] COMMAND [ARGUMENTS...]

</translation>
    </message>
    <message>
        <source>MigrateIQ on the command line: manage the data sources of a workspace, list what they contain and preview their rows, from scripts, schedulers and CI.</source>
        <translation>MigrateIQ en ligne de commande&#xa0;: gérer les sources de données d&apos;un espace de travail, lister leur contenu et afficher un aperçu de leurs lignes, depuis des scripts, des planificateurs et la CI.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options (accepted before or after the command):</source>
        <translation>Options globales (acceptées avant ou après la commande)&#xa0;:</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>The default workspace file.</source>
        <translation>Le fichier d&apos;espace de travail par défaut.</translation>
    </message>
    <message>
        <source>&apos;memory&apos; keeps secrets in this process&apos;s memory instead of the keychain, for tests: they are forgotten when the command exits.</source>
        <translation>&apos;memory&apos; garde les secrets dans la mémoire de ce processus au lieu du trousseau, pour les tests&#xa0;: ils sont oubliés à la fin de la commande.</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez &apos;%1 COMMAND --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2 SUBCOMMAND [ARGUMENTS...]

</source>
        <translation>Utilisation&#xa0;: %1 [options globales] %2 SUBCOMMAND [ARGUMENTS...]

</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 SUBCOMMAND --help&apos; for the options of a subcommand.</source>
        <translation>Lancez &apos;%1 %2 SUBCOMMAND --help&apos; pour les options d&apos;une sous-commande.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2

</source>
        <translation>Utilisation&#xa0;: %1 [options globales] %2

</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>  130  a sync run was interrupted (Ctrl-C); run the same command again to resume it
A sync run (&apos;sync&apos;, &apos;jobs run&apos;) that fails or whose verification finds a mismatch exits with 1.
</source>
        <translation>  130  une exécution de synchronisation a été interrompue (Ctrl-C)&#xa0;; relancez la même commande pour la reprendre
Une exécution de synchronisation (&apos;sync&apos;, &apos;jobs run&apos;) qui échoue ou dont la vérification trouve un écart se termine avec 1.
</translation>
    </message>
    <message>
        <source>Copy their data into SQLite, CSV or NDJSON files with &apos;sync&apos; or saved &apos;jobs&apos;: resumable after a crash or Ctrl-C, verified at the end, bad rows quarantined (&apos;errors&apos;).</source>
        <translation>Copier leurs données dans des fichiers SQLite, CSV ou NDJSON avec &apos;sync&apos; ou des tâches enregistrées (&apos;jobs&apos;)&#xa0;: reprise possible après un plantage ou Ctrl-C, vérification à la fin, lignes invalides mises en quarantaine (&apos;errors&apos;).</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>Unknown connector type &apos;%1&apos;.</source>
        <translation>Type de connecteur inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &apos;%2&apos;.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit prendre l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir true ou false, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 has no setting &apos;%2&apos;.</source>
        <translation>Le type %1 n&apos;a pas de paramètre &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is secret and is not stored with the other settings.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est secret et n&apos;est pas enregistré avec les autres paramètres.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2</source>
        <translation>La source &apos;%1&apos; n&apos;est pas configurée correctement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has an unknown connector type &apos;%2&apos;.</source>
        <translation>La source &apos;%1&apos; a un type de connecteur inconnu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot tell which kind of file &apos;%1&apos; is from its suffix &apos;.%2&apos;. Add it as a source with an explicit type instead.</source>
        <translation>Impossible de déterminer le type du fichier &apos;%1&apos; d&apos;après son extension &apos;.%2&apos;. Ajoutez-le plutôt comme source avec un type explicite.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) cannot be written to; choose a database or a file as the destination.</source>
        <translation>Impossible d&apos;écrire dans la source &apos;%1&apos; (%2)&#xa0;; choisissez une base de données ou un fichier comme destination.</translation>
    </message>
</context>
<context>
    <name>CsvConnector</name>
    <message>
        <source>Delimited text (CSV/TSV)</source>
        <translation>Texte délimité (CSV/TSV)</translation>
    </message>
    <message>
        <source>Comma-, tab-, semicolon- or pipe-separated text files: one file, or a folder or pattern of files read as one table.</source>
        <translation>Fichiers texte séparés par des virgules, tabulations, points-virgules ou barres verticales&#xa0;: un fichier, ou un dossier ou un motif de fichiers lus comme une seule table.</translation>
    </message>
    <message>
        <source>File, folder or pattern</source>
        <translation>Fichier, dossier ou motif</translation>
    </message>
    <message>
        <source>A file, a folder of delimited files, or a pattern such as /data/*.csv. Several files are read in name order as one table and must share their header.</source>
        <translation>Un fichier, un dossier de fichiers délimités ou un motif comme /data/*.csv. Plusieurs fichiers sont lus par ordre de nom comme une seule table et doivent avoir le même en-tête.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>auto, comma, semicolon, tab, pipe, space or any single character.</source>
        <translation>auto, comma, semicolon, tab, pipe, space ou n&apos;importe quel caractère unique.</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Caractère guillemet</translation>
    </message>
    <message>
        <source>The character around fields that hold delimiters or line breaks; none for files without quoting.</source>
        <translation>Le caractère qui entoure les champs contenant des séparateurs ou des sauts de ligne&#xa0;; none pour les fichiers sans guillemets.</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>La première ligne est un en-tête</translation>
    </message>
    <message>
        <source>auto guesses from the first rows: a header is distinct text above numbers or dates.</source>
        <translation>auto le devine d&apos;après les premières lignes&#xa0;: un en-tête est un texte distinct au-dessus de nombres ou de dates.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>auto reads a byte order mark, checks for UTF-8 and otherwise guesses the encoding from the bytes.</source>
        <translation>auto lit une marque d&apos;ordre des octets (BOM), vérifie l&apos;UTF-8 et sinon devine l&apos;encodage d&apos;après les octets.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no file path.</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de chemin de fichier.</translation>
    </message>
    <message>
        <source>Cannot open the folder &apos;%1&apos; in source &apos;%2&apos;: No such file or directory</source>
        <translation>Impossible d&apos;ouvrir le dossier &apos;%1&apos; de la source &apos;%2&apos;&#xa0;: aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>No files match &apos;%1&apos; in source &apos;%2&apos;.</source>
        <translation>Aucun fichier ne correspond à &apos;%1&apos; dans la source &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; in source &apos;%2&apos; has no delimited text files (%3).</source>
        <translation>Le dossier &apos;%1&apos; de la source &apos;%2&apos; ne contient aucun fichier texte délimité (%3).</translation>
    </message>
    <message>
        <source>The delimiter &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, comma, semicolon, tab, pipe, space or a single character.</source>
        <translation>Le séparateur &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas valide&#xa0;: utilisez auto, comma, semicolon, tab, pipe, space ou un caractère unique.</translation>
    </message>
    <message>
        <source>The quote character &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, &quot;, &apos; or none.</source>
        <translation>Le caractère guillemet &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas valide&#xa0;: utilisez auto, &quot;, &apos; ou none.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; uses the same character as delimiter and quote.</source>
        <translation>La source &apos;%1&apos; utilise le même caractère comme séparateur et comme guillemet.</translation>
    </message>
    <message>
        <source>The header setting &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, yes or no.</source>
        <translation>Le paramètre d&apos;en-tête &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas valide&#xa0;: utilisez auto, yes ou no.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; of source &apos;%2&apos; is not supported.</source>
        <translation>L&apos;encodage &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>tab delimited</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>space delimited</source>
        <translation>séparé par des espaces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; delimited</source>
        <translation>séparé par &apos;%1&apos;</translation>
    </message>
    <message>
        <source>single-quoted</source>
        <translation>guillemets simples</translation>
    </message>
    <message>
        <source>no quoting</source>
        <translation>sans guillemets</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>avec en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans en-tête</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>no columns (the file is empty)</source>
        <translation>aucune colonne (le fichier est vide)</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 colonne</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;; its only stream is &apos;%3&apos;.</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;&#xa0;; son seul flux est &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>CsvDestination</name>
    <message>
        <source>Cannot append to &apos;%1&apos;: its header row does not match the target columns (%2). File columns: %3. Target columns: %4.</source>
        <translation>Impossible d&apos;ajouter à &apos;%1&apos;&#xa0;: sa ligne d&apos;en-tête ne correspond pas aux colonnes cibles (%2). Colonnes du fichier&#xa0;: %3. Colonnes cibles&#xa0;: %4.</translation>
    </message>
    <message>
        <source>column %1 is &apos;%2&apos; in the file but &apos;%3&apos; in the target</source>
        <translation>la colonne %1 est &apos;%2&apos; dans le fichier mais &apos;%3&apos; dans la cible</translation>
    </message>
    <message>
        <source>the file has %1 columns, the target %2</source>
        <translation>le fichier a %1 colonnes, la cible %2</translation>
    </message>
    <message>
        <source>record %1, column &apos;%2&apos;: the value is out of range.</source>
        <translation>enregistrement %1, colonne &apos;%2&apos;&#xa0;: la valeur est hors limites.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; back cannot resume from a position.</source>
        <translation>La relecture de &apos;%1&apos; ne peut pas reprendre à une position.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: its header row (%2) is not the target&apos;s columns (%3).</source>
        <translation>Impossible de relire &apos;%1&apos;&#xa0;: sa ligne d&apos;en-tête (%2) ne correspond pas aux colonnes cibles (%3).</translation>
    </message>
</context>
<context>
    <name>CsvReadBack</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Impossible de lire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) instead of %1</source>
        <translation>
            <numerusform>%n champ au lieu de %1</numerusform>
            <numerusform>%n champs au lieu de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>un guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d&apos;un champ</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Source &apos;%1&apos; has no files to read.</source>
        <translation>La source &apos;%1&apos; n&apos;a aucun fichier à lire.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos; in source &apos;%2&apos;: %3</source>
        <translation>Impossible d&apos;ouvrir &apos;%1&apos; dans la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in source &apos;%2&apos;: %3</source>
        <translation>Impossible de lire &apos;%1&apos; dans la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in source &apos;%2&apos;: the encoding &apos;%3&apos; is not supported.</source>
        <translation>Impossible de lire &apos;%1&apos; dans la source &apos;%2&apos;&#xa0;: l&apos;encodage &apos;%3&apos; n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in source &apos;%2&apos; does not have the same header as &apos;%3&apos; (%4 instead of %5); the files of a folder or pattern are read as one table and must share their columns.</source>
        <translation>&apos;%1&apos; dans la source &apos;%2&apos; n&apos;a pas le même en-tête que &apos;%3&apos; (%4 au lieu de %5)&#xa0;; les fichiers d&apos;un dossier ou d&apos;un motif sont lus comme une seule table et doivent avoir les mêmes colonnes.</translation>
    </message>
    <message>
        <source>The record at line %1 of &apos;%2&apos; in source &apos;%3&apos; is longer than %4 MiB; is a quote left open?</source>
        <translation>L&apos;enregistrement à la ligne %1 de &apos;%2&apos; dans la source &apos;%3&apos; dépasse %4 Mio&#xa0;; un guillemet est-il resté ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; in source &apos;%2&apos; was cancelled.</source>
        <translation>La lecture de &apos;%1&apos; dans la source &apos;%2&apos; a été annulée.</translation>
    </message>
    <message>
        <source>unterminated quoted field: the closing quote is missing</source>
        <translation>champ entre guillemets non terminé&#xa0;: le guillemet fermant manque</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence in column &apos;%1&apos;</source>
        <translation>séquence d&apos;octets UTF-8 invalide dans la colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 in column &apos;%2&apos;</source>
        <translation>octets non valides en %1 dans la colonne &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The settings of source &apos;%1&apos; have changed since the interrupted run; start over with --full.</source>
        <translation>Les paramètres de la source &apos;%1&apos; ont changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is gone</source>
        <translation>&apos;%1&apos; a disparu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is new</source>
        <translation>&apos;%1&apos; est nouveau</translation>
    </message>
    <message>
        <source>their order changed</source>
        <translation>leur ordre a changé</translation>
    </message>
    <message>
        <source>The files of source &apos;%1&apos; have changed since the interrupted run (%2); start over with --full.</source>
        <translation>Les fichiers de la source &apos;%1&apos; ont changé depuis l&apos;exécution interrompue (%2)&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in source &apos;%2&apos; has changed since the interrupted run; start over with --full.</source>
        <translation>&apos;%1&apos; dans la source &apos;%2&apos; a changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>The saved position of source &apos;%1&apos; is damaged; start over with --full.</source>
        <translation>La position enregistrée de la source &apos;%1&apos; est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in source &apos;%2&apos; in parts: byte %3 lies inside a record.</source>
        <translation>Impossible de lire &apos;%1&apos; de la source &apos;%2&apos; en parties&#xa0;: l&apos;octet %3 se trouve à l&apos;intérieur d&apos;un enregistrement.</translation>
    </message>
</context>
<context>
    <name>CsvResumeToken</name>
    <message>
        <source>The saved position of source &apos;%1&apos; is damaged; start over with --full.</source>
        <translation>La position enregistrée de la source &apos;%1&apos; est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;</source>
        <translation>la source &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delimited text</source>
        <translation>du texte délimité</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot copy the sample &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>Impossible de copier l&apos;exemple &apos;%1&apos; vers &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the sample &apos;%1&apos;: %2</source>
        <translation>Impossible de lire l&apos;exemple &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation>Impossible de créer &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the demo workspace.</source>
        <translation>Impossible de créer le dossier &apos;%1&apos; pour l&apos;espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation>Clients (CSV)</translation>
    </message>
    <message>
        <source>Orders (JSON)</source>
        <translation>Commandes (JSON)</translation>
    </message>
    <message>
        <source>App events (NDJSON)</source>
        <translation>Événements de l&apos;application (NDJSON)</translation>
    </message>
    <message>
        <source>Shop database (SQLite)</source>
        <translation>Base de données de la boutique (SQLite)</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>the run has not begun.</source>
        <translation>l&apos;exécution n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>an earlier write failed; the run must be aborted or resumed.</source>
        <translation>une écriture précédente a échoué&#xa0;; l&apos;exécution doit être abandonnée ou reprise.</translation>
    </message>
    <message>
        <source>a batch has %1 columns, the target %2.</source>
        <translation>un lot a %1 colonnes, la cible %2.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of a batch is %2, the target column is %3.</source>
        <translation>la colonne &apos;%1&apos; d&apos;un lot est %2, la colonne cible est %3.</translation>
    </message>
</context>
<context>
    <name>FileDestination</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: its run has not finished.</source>
        <translation>Impossible de relire &apos;%1&apos;&#xa0;: son exécution n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: no run has written it.</source>
        <translation>Impossible de relire &apos;%1&apos;&#xa0;: aucune exécution ne l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on &apos;%2&apos;: run &apos;%3&apos; is still writing it.</source>
        <translation>Impossible de démarrer l&apos;exécution &apos;%1&apos; sur &apos;%2&apos;&#xa0;: l&apos;exécution &apos;%3&apos; est encore en train d&apos;y écrire.</translation>
    </message>
    <message>
        <source>%1 files cannot be upserted (there is no key to look rows up by); use replace or append.</source>
        <translation>Les fichiers %1 ne permettent pas l&apos;upsert (aucune clé pour retrouver les lignes)&#xa0;; utilisez replace ou append.</translation>
    </message>
    <message>
        <source>the target has no columns.</source>
        <translation>la cible n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice.</source>
        <translation>la colonne &apos;%1&apos; apparaît deux fois.</translation>
    </message>
    <message>
        <source>it is a directory.</source>
        <translation>c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>run &apos;%1&apos; was started in %2 mode and cannot resume in %3 mode.</source>
        <translation>l&apos;exécution &apos;%1&apos; a été démarrée en mode %2 et ne peut pas reprendre en mode %3.</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot truncate &apos;%1&apos;: %2</source>
        <translation>impossible de tronquer &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot remove the old checkpoint &apos;%1&apos;.</source>
        <translation>impossible de supprimer l&apos;ancien point de reprise &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot append to &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ajouter à &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>impossible de créer &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to it: %2</source>
        <translation>impossible de renommer &apos;%1&apos; en ce nom&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos;: %2</source>
        <translation>impossible de renommer &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot resume writing &apos;%1&apos;: the checkpoint file &apos;%2&apos; is unusable (%3). Start the run over instead of resuming it.</source>
        <translation>Impossible de reprendre l&apos;écriture de &apos;%1&apos;&#xa0;: le fichier de point de reprise &apos;%2&apos; est inutilisable (%3). Recommencez l&apos;exécution au lieu de la reprendre.</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>missing or invalid fields</source>
        <translation>champs manquants ou invalides</translation>
    </message>
    <message>
        <source>it was changed by another program during the run (it is shorter than when the run started).</source>
        <translation>il a été modifié par un autre programme pendant l&apos;exécution (il est plus court qu&apos;au début de l&apos;exécution).</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileDestinations</name>
    <message>
        <source>.sqlite, .sqlite3 or .db (SQLite database), .csv (CSV), .ndjson or .jsonl (NDJSON)</source>
        <translation>.sqlite, .sqlite3 ou .db (base de données SQLite), .csv (CSV), .ndjson ou .jsonl (NDJSON)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the file name has no suffix to tell its format. Use %2.</source>
        <translation>Impossible d&apos;écrire &apos;%1&apos;&#xa0;: le nom du fichier n&apos;a pas d&apos;extension qui indique son format. Utilisez %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: &apos;.%2&apos; files are not a destination format. Use %3.</source>
        <translation>Impossible d&apos;écrire &apos;%1&apos;&#xa0;: les fichiers &apos;.%2&apos; ne sont pas un format de destination. Utilisez %3.</translation>
    </message>
</context>
<context>
    <name>FileReadBack</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Impossible de lire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; back was cancelled.</source>
        <translation>La relecture de &apos;%1&apos; a été annulée.</translation>
    </message>
</context>
<context>
    <name>IncrementalFilter</name>
    <message>
        <source>The cursor column &apos;%1&apos; is empty, so an incremental run cannot tell whether this row was loaded before.</source>
        <translation>La colonne curseur &apos;%1&apos; est vide&#xa0;: une exécution incrémentale ne peut donc pas savoir si cette ligne a déjà été chargée.</translation>
    </message>
</context>
<context>
    <name>JobDefinition</name>
    <message>
        <source>Job &apos;%1&apos; has an unknown write mode &apos;%2&apos;.</source>
        <translation>La tâche &apos;%1&apos; a un mode d&apos;écriture inconnu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: column &apos;%2&apos; has an unknown type &apos;%3&apos;.</source>
        <translation>Tâche &apos;%1&apos;&#xa0;: la colonne &apos;%2&apos; a un type inconnu &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: column &apos;%2&apos; has an unknown mask &apos;%3&apos;.</source>
        <translation>Tâche &apos;%1&apos;&#xa0;: la colonne &apos;%2&apos; a un masque inconnu &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Choose a source or a source file.</source>
        <translation>Choisissez une source ou un fichier source.</translation>
    </message>
    <message>
        <source>Upsert needs the key columns that identify a row.</source>
        <translation>L&apos;upsert nécessite les colonnes clés qui identifient une ligne.</translation>
    </message>
    <message>
        <source>The error budget cannot exceed 100%.</source>
        <translation>Le budget d&apos;erreurs ne peut pas dépasser 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Upsert needs a database destination; a CSV or NDJSON file can be replaced or appended to.</source>
        <translation>L&apos;upsert nécessite une destination de type base de données&#xa0;; un fichier CSV ou NDJSON peut être remplacé ou complété.</translation>
    </message>
    <message>
        <source>Choose a destination file or database.</source>
        <translation>Choisissez un fichier ou une base de données de destination.</translation>
    </message>
    <message>
        <source>An incremental job (cursor column &apos;%1&apos;) appends or upserts; replacing the table would drop the rows earlier runs loaded.</source>
        <translation>Une tâche incrémentale (colonne curseur &apos;%1&apos;) ajoute ou fait un upsert&#xa0;; remplacer la table supprimerait les lignes chargées par les exécutions précédentes.</translation>
    </message>
    <message>
        <source>The cursor column &apos;%1&apos; must be copied unmasked: runs compare its values.</source>
        <translation>La colonne curseur &apos;%1&apos; doit être copiée sans masquage&#xa0;: les exécutions comparent ses valeurs.</translation>
    </message>
</context>
<context>
    <name>JobDestination</name>
    <message>
        <source>Job &apos;%1&apos; writes to a workspace source that could not be found.</source>
        <translation>La tâche &apos;%1&apos; écrit dans une source de l&apos;espace de travail introuvable.</translation>
    </message>
</context>
<context>
    <name>JobMappingCli</name>
    <message>
        <source>Rename source column SRC to TARGET (repeatable).</source>
        <translation>Renommer la colonne source SRC en TARGET (répétable).</translation>
    </message>
    <message>
        <source>Leave column COL out (repeatable).</source>
        <translation>Omettre la colonne COL (répétable).</translation>
    </message>
    <message>
        <source>Give column COL the type TYPE instead of the inferred one: %1%2 (repeatable).</source>
        <translation>Donner à la colonne COL le type TYPE au lieu du type déduit&#xa0;: %1%2 (répétable).</translation>
    </message>
    <message>
        <source>; &apos;auto&apos; goes back to the inferred type</source>
        <translation>&#xa0;; &apos;auto&apos; revient au type déduit</translation>
    </message>
    <message>
        <source>Add a column COL holding VALUE on every row (repeatable).</source>
        <translation>Ajouter une colonne COL contenant VALUE sur chaque ligne (répétable).</translation>
    </message>
    <message>
        <source>Mask column COL: hash (SHA-256 with the workspace&apos;s salt: joinable, not reversible) or redact%1 (repeatable).</source>
        <translation>Masquer la colonne COL&#xa0;: hash (SHA-256 avec le sel de l&apos;espace de travail&#xa0;: joignable, non réversible) ou redact%1 (répétable).</translation>
    </message>
    <message>
        <source>; &apos;none&apos; removes the mask</source>
        <translation>&#xa0;; &apos;none&apos; supprime le masque</translation>
    </message>
    <message>
        <source>Add a column _miq_run_id with the run&apos;s id.</source>
        <translation>Ajouter une colonne _miq_run_id avec l&apos;identifiant de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Add a column _miq_loaded_at with the time the run started.</source>
        <translation>Ajouter une colonne _miq_loaded_at avec l&apos;heure de début de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Copy an excluded column again (repeatable).</source>
        <translation>Copier de nouveau une colonne exclue (répétable).</translation>
    </message>
    <message>
        <source>Forget the column mapping: copy every source column as is (other column options then apply to that).</source>
        <translation>Oublier la correspondance des colonnes&#xa0;: copier chaque colonne source telle quelle (les autres options de colonne s&apos;appliquent alors à celle-ci).</translation>
    </message>
    <message>
        <source>Drop the _miq_run_id column.</source>
        <translation>Supprimer la colonne _miq_run_id.</translation>
    </message>
    <message>
        <source>Drop the _miq_loaded_at column.</source>
        <translation>Supprimer la colonne _miq_loaded_at.</translation>
    </message>
    <message>
        <source>--%1 and --%2 contradict each other.</source>
        <translation>--%1 et --%2 se contredisent.</translation>
    </message>
    <message>
        <source>--%1 needs %2, not &apos;%3&apos;.</source>
        <translation>--%1 attend %2, et non &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no column &apos;%2&apos;. Its columns: %3.</source>
        <translation>&apos;%1&apos; n&apos;a pas de colonne &apos;%2&apos;. Ses colonnes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--map %1= needs the new name of the column.</source>
        <translation>--map %1= attend le nouveau nom de la colonne.</translation>
    </message>
    <message>
        <source>--cast %1=%2: the type must be one of %3%4.</source>
        <translation>--cast %1=%2&#xa0;: le type doit être l&apos;un de %3%4.</translation>
    </message>
    <message>
        <source>, or auto</source>
        <translation>, ou auto</translation>
    </message>
    <message>
        <source>--mask %1=%2: the mask must be hash or redact%3.</source>
        <translation>--mask %1=%2&#xa0;: le masque doit être hash ou redact%3.</translation>
    </message>
    <message>
        <source>, or none</source>
        <translation>, ou none</translation>
    </message>
    <message>
        <source>Two columns would be named &apos;%1&apos; in the target; rename one with --map.</source>
        <translation>Deux colonnes s&apos;appelleraient &apos;%1&apos; dans la cible&#xa0;; renommez-en une avec --map.</translation>
    </message>
    <message>
        <source>The mapping leaves no column to copy.</source>
        <translation>La correspondance ne laisse aucune colonne à copier.</translation>
    </message>
    <message>
        <source>Columns: every source column as is, with inferred types.</source>
        <translation>Colonnes&#xa0;: chaque colonne source telle quelle, avec les types déduits.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>MASK</source>
        <translation>MASQUE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <source>constant &apos;%1&apos;</source>
        <translation>constante &apos;%1&apos;</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclue</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <translation>(déduit)</translation>
    </message>
    <message>
        <source>Run metadata columns: %1</source>
        <translation>Colonnes de métadonnées de l&apos;exécution&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JobSource</name>
    <message>
        <source>Choose a source or a source file.</source>
        <translation>Choisissez une source ou un fichier source.</translation>
    </message>
    <message>
        <source>Cannot read the secrets of source &apos;%1&apos;: %2</source>
        <translation>Impossible de lire les secrets de la source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>Cannot read the jobs of workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de lire les tâches de l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no job #%1 in this workspace.</source>
        <translation>Il n&apos;y a pas de tâche #%1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>There is no job named &apos;%1&apos; in this workspace.</source>
        <translation>Il n&apos;y a pas de tâche nommée &apos;%1&apos; dans cet espace de travail.</translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation>Une tâche doit avoir un nom.</translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists.</source>
        <translation>Une tâche nommée &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>Cannot add job &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ajouter la tâche &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save job &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer la tâche &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove job #%1: %2</source>
        <translation>Impossible de supprimer la tâche #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the cursor of job #%1: %2</source>
        <translation>Impossible d&apos;enregistrer le curseur de la tâche #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the runs of workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de lire les exécutions de l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 The process running this run ended before it finished; the run can be resumed.
</source>
        <translation>%1 Le processus de cette exécution s&apos;est terminé avant la fin&#xa0;; l&apos;exécution peut être reprise.
</translation>
    </message>
    <message>
        <source>Cannot update run #%1: %2</source>
        <translation>Impossible de mettre à jour l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record a new run in workspace &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer une nouvelle exécution dans l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read run #%1: %2</source>
        <translation>Impossible de lire l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no run #%1 in this workspace.</source>
        <translation>Il n&apos;y a pas d&apos;exécution #%1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 Resuming from the last checkpoint.
</source>
        <translation>%1 Reprise au dernier point de reprise.
</translation>
    </message>
    <message>
        <source>Cannot resume run #%1: %2</source>
        <translation>Impossible de reprendre l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run #%1 is not interrupted, or another process resumed it.</source>
        <translation>L&apos;exécution #%1 n&apos;est pas interrompue, ou un autre processus l&apos;a reprise.</translation>
    </message>
    <message>
        <source>Cannot record the progress of run #%1: %2</source>
        <translation>Impossible d&apos;enregistrer la progression de l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record the end of run #%1: %2</source>
        <translation>Impossible d&apos;enregistrer la fin de l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the log of run #%1: %2</source>
        <translation>Impossible d&apos;écrire le journal de l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot quarantine rows of run #%1: %2</source>
        <translation>Impossible de mettre en quarantaine des lignes de l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the quarantined rows of run #%1: %2</source>
        <translation>Impossible de lire les lignes en quarantaine de l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot count the quarantined rows of run #%1: %2</source>
        <translation>Impossible de compter les lignes en quarantaine de l&apos;exécution #%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <source>source #%1 (removed)</source>
        <translation>source #%1 (supprimée)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>table &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>(the stream&apos;s name)</source>
        <translation>(nom du flux)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>stop at the first bad row</source>
        <translation>arrêt à la première ligne invalide</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>plus de %1 lignes</translation>
    </message>
    <message>
        <source>more than %1% of the rows</source>
        <translation>plus de %1&#xa0;% des lignes</translation>
    </message>
    <message>
        <source>quarantine bad rows and go on</source>
        <translation>mettre les lignes invalides en quarantaine et continuer</translation>
    </message>
    <message>
        <source>quarantine bad rows; fail after %1</source>
        <translation>mettre les lignes invalides en quarantaine&#xa0;; échec après %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Lignes invalides</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>No runs yet. Run it with: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>Aucune exécution pour l&apos;instant. Lancez-la avec&#xa0;: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Last runs:</source>
        <translation>Dernières exécutions&#xa0;:</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>VERIFICATION</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <source>%1 written, %2 quarantined</source>
        <translation>%1 écrites, %2 en quarantaine</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in source &apos;%2&apos;</source>
        <translation>table &apos;%1&apos; dans la source &apos;%2&apos;</translation>
    </message>
    <message>
        <source>(incremental by %1)</source>
        <translation>(incrémental selon %1)</translation>
    </message>
    <message>
        <source>(incremental by %1, rows matched by %2)</source>
        <translation>(incrémental selon %1, lignes rapprochées selon %2)</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>--stop-on-error and --no-stop-on-error contradict each other.</source>
        <translation>--stop-on-error et --no-stop-on-error se contredisent.</translation>
    </message>
    <message>
        <source>Give either --source or --file, not both.</source>
        <translation>Indiquez soit --source, soit --file, pas les deux.</translation>
    </message>
    <message>
        <source>Key column &apos;%1&apos; is not a column of the target. Its columns: %2.</source>
        <translation>La colonne clé &apos;%1&apos; n&apos;est pas une colonne de la cible. Ses colonnes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; is the file the job reads from; write to another file.</source>
        <translation>La destination &apos;%1&apos; est le fichier que lit la tâche&#xa0;; écrivez dans un autre fichier.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; is not valid:
  %2</source>
        <translation>La tâche &apos;%1&apos; n&apos;est pas valide&#xa0;:
  %2</translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation>Une tâche doit avoir un nom.</translation>
    </message>
    <message>
        <source>Say what the job reads: --source SOURCE[:STREAM] (a source of the workspace) or --file FILE[:STREAM].</source>
        <translation>Indiquez ce que lit la tâche&#xa0;: --source SOURCE[:STREAM] (une source de l&apos;espace de travail) ou --file FILE[:STREAM].</translation>
    </message>
    <message>
        <source>Say where the job writes: --dest FILE (.sqlite, .sqlite3, .db, .csv, .ndjson or .jsonl).</source>
        <translation>Indiquez où écrit la tâche&#xa0;: --dest FILE (.sqlite, .sqlite3, .db, .csv, .ndjson ou .jsonl).</translation>
    </message>
    <message>
        <source>A job named &apos;%1&apos; already exists.</source>
        <translation>Une tâche nommée &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>Added job &apos;%1&apos; (#%2). Run it with: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>Tâche &apos;%1&apos; ajoutée (#%2). Lancez-la avec&#xa0;: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nothing to change in job &apos;%1&apos;. Run &apos;migrateiq-cli jobs edit --help&apos; for the options.</source>
        <translation>Rien à modifier dans la tâche &apos;%1&apos;. Lancez &apos;migrateiq-cli jobs edit --help&apos; pour les options.</translation>
    </message>
    <message>
        <source>Updated job &apos;%1&apos;.</source>
        <translation>Tâche &apos;%1&apos; mise à jour.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No jobs yet. Add one with: migrateiq-cli jobs add NAME --source SOURCE --dest FILE</source>
        <translation>Aucune tâche pour l&apos;instant. Ajoutez-en une avec&#xa0;: migrateiq-cli jobs add NAME --source SOURCE --dest FILE</translation>
    </message>
    <message>
        <source>Removed job &apos;%1&apos;. Its runs stay in the history.</source>
        <translation>Tâche &apos;%1&apos; supprimée. Ses exécutions restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>run: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>lancez&#xa0;: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read a source of the workspace (and one of its streams).</source>
        <translation>Lire une source de l&apos;espace de travail (et l&apos;un de ses flux).</translation>
    </message>
    <message>
        <source>Read a file (its type is told by its suffix).</source>
        <translation>Lire un fichier (son type est déduit de l&apos;extension).</translation>
    </message>
    <message>
        <source>Without mapping options the job copies every source column as is, with the types a full pass over the data infers. The first mapping option lists the stream&apos;s columns (the source is read for that), so one column can be renamed, left out, cast or masked without naming the others; columns added to the source later are then not copied until the job is edited. Nothing runs: use &apos;jobs run NAME&apos;.</source>
        <translation>Sans option de correspondance, la tâche copie chaque colonne source telle quelle, avec les types qu&apos;un passage complet sur les données déduit. La première option de correspondance liste les colonnes du flux (la source est lue pour cela), de sorte qu&apos;une colonne peut être renommée, omise, convertie ou masquée sans nommer les autres&#xa0;; les colonnes ajoutées ensuite à la source ne sont alors pas copiées tant que la tâche n&apos;est pas modifiée. Rien n&apos;est exécuté&#xa0;: utilisez &apos;jobs run NAME&apos;.</translation>
    </message>
    <message>
        <source>Change a job: only the parts given are replaced</source>
        <translation>Modifier une tâche&#xa0;: seules les parties indiquées sont remplacées</translation>
    </message>
    <message>
        <source>Takes the options of &apos;jobs add&apos;; what is not mentioned keeps its value. --key replaces the key list (--key &quot;&quot; clears it), --table &quot;&quot; goes back to the stream&apos;s name, --max-errors none and --max-error-percent none remove a limit.</source>
        <translation>Accepte les options de &apos;jobs add&apos;&#xa0;; ce qui n&apos;est pas mentionné garde sa valeur. --key remplace la liste des clés (--key &quot;&quot; la vide), --table &quot;&quot; revient au nom du flux, --max-errors none et --max-error-percent none suppriment une limite.</translation>
    </message>
    <message>
        <source>Rename the job.</source>
        <translation>Renommer la tâche.</translation>
    </message>
    <message>
        <source>Quarantine bad rows and go on (within the error budget).</source>
        <translation>Mettre les lignes invalides en quarantaine et continuer (dans la limite du budget d&apos;erreurs).</translation>
    </message>
    <message>
        <source>List the jobs with their last run</source>
        <translation>Lister les tâches avec leur dernière exécution</translation>
    </message>
    <message>
        <source>One line per job: name, source, destination, write mode, and the status and start of its last run. With --json, the objects &apos;jobs show --json&apos; prints, with their last run instead of the list of runs.</source>
        <translation>Une ligne par tâche&#xa0;: nom, source, destination, mode d&apos;écriture, ainsi que le statut et le début de sa dernière exécution. Avec --json, les objets qu&apos;affiche &apos;jobs show --json&apos;, avec leur dernière exécution au lieu de la liste des exécutions.</translation>
    </message>
    <message>
        <source>Show a job&apos;s definition and its last runs</source>
        <translation>Afficher la définition d&apos;une tâche et ses dernières exécutions</translation>
    </message>
    <message>
        <source>Source, destination, mode, error policy, the column mapping and the last %1 runs. NAME may also be #ID.</source>
        <translation>Source, destination, mode, politique d&apos;erreurs, correspondance des colonnes et les %1 dernières exécutions. NAME peut aussi être #ID.</translation>
    </message>
    <message>
        <source>Remove a job (its runs stay in the history)</source>
        <translation>Supprimer une tâche (ses exécutions restent dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Run a job now (resuming its interrupted run, unless --full)</source>
        <translation>Exécuter une tâche maintenant (en reprenant son exécution interrompue, sauf avec --full)</translation>
    </message>
    <message>
        <source>Runs as &apos;sync&apos; does, recording the run under the job. If the job&apos;s last run was interrupted (Ctrl-C, a crash, a kill), it is resumed from its last checkpoint; --full starts over. Exit code 1 when the run fails or its verification finds a mismatch, 130 when it is interrupted.</source>
        <translation>S&apos;exécute comme &apos;sync&apos;, en enregistrant l&apos;exécution sous la tâche. Si la dernière exécution de la tâche a été interrompue (Ctrl-C, plantage, kill), elle reprend à son dernier point de reprise&#xa0;; --full recommence depuis le début. Code de sortie 1 si l&apos;exécution échoue ou si sa vérification trouve un écart, 130 si elle est interrompue.</translation>
    </message>
    <message>
        <source>Write to a database source of the workspace (by name), or to this file: .sqlite, .sqlite3 or .db (SQLite), .csv, .ndjson or .jsonl.</source>
        <translation>Écrire dans une source de base de données de l&apos;espace de travail (par son nom) ou dans ce fichier&#xa0;: .sqlite, .sqlite3 ou .db (SQLite), .csv, .ndjson ou .jsonl.</translation>
    </message>
    <message>
        <source>Save a sync job: a source stream into a database or a file, with its mapping</source>
        <translation>Enregistrer une tâche de synchronisation&#xa0;: un flux d&apos;une source vers une base de données ou un fichier, avec sa correspondance</translation>
    </message>
</context>
<context>
    <name>MariaDbCell</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a boolean (0 or 1)</source>
        <translation>%1 n&apos;est pas un booléen (0 ou 1)</translation>
    </message>
    <message numerus="yes">
        <source>bit value of %n byte(s) is beyond a 64-bit integer</source>
        <translation>
            <numerusform>une valeur binaire de %n octet dépasse un entier 64 bits</numerusform>
            <numerusform>une valeur binaire de %n octets dépasse un entier 64 bits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>%1 is not a valid timestamp</source>
        <translation>%1 n&apos;est pas un horodatage valide</translation>
    </message>
    <message>
        <source>unsupported column type</source>
        <translation>type de colonne non pris en charge</translation>
    </message>
</context>
<context>
    <name>MariaDbConnector</name>
    <message>
        <source>read the list of tables</source>
        <translation>lire la liste des tables</translation>
    </message>
    <message>
        <source>run the query</source>
        <translation>exécuter la requête</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: it has no column &apos;%3&apos;.</source>
        <translation>Impossible de lire le flux &apos;%1&apos; de la source &apos;%2&apos; de façon incrémentale&#xa0;: il n&apos;a pas de colonne &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: the cursor value &apos;%3&apos; of column &apos;%4&apos; is not a whole number.</source>
        <translation>Impossible de lire le flux &apos;%1&apos; de la source &apos;%2&apos; de façon incrémentale&#xa0;: la valeur de curseur &apos;%3&apos; de la colonne &apos;%4&apos; n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: the cursor value &apos;%3&apos; of column &apos;%4&apos; is not a number.</source>
        <translation>Impossible de lire le flux &apos;%1&apos; de la source &apos;%2&apos; de façon incrémentale&#xa0;: la valeur de curseur &apos;%3&apos; de la colonne &apos;%4&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 %2, tables: %3, views: %4</source>
        <translation>%1 %2, tables&#xa0;: %3, vues&#xa0;: %4</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no table or view named &apos;%2&apos; that you may read (MySQL/MariaDB at %3).</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de table ou de vue nommée &apos;%2&apos; que vous pouvez lire (MySQL/MariaDB sur %3).</translation>
    </message>
    <message>
        <source>read the key range of &apos;%1&apos;</source>
        <translation>lire la plage de clés de &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>MariaDbDestination</name>
    <message>
        <source>table &apos;%1&apos; in database &apos;%2&apos; (MySQL/MariaDB at %3)</source>
        <translation>table &apos;%1&apos; de la base &apos;%2&apos; (MySQL/MariaDB sur %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write record %1 to %2: %3</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; (MySQL/MariaDB at %2)</source>
        <translation>base de données &apos;%1&apos; (MySQL/MariaDB sur %2)</translation>
    </message>
    <message>
        <source>Cannot write to %1: no table name is set.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: aucun nom de table n&apos;est défini.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: MySQL table names have at most 64 characters.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; dans %2&#xa0;: les noms de table MySQL ont au plus 64 caractères.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the table name &apos;%2&apos; is reserved for MigrateIQ&apos;s own tables.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: le nom de table &apos;%2&apos; est réservé aux tables propres de MigrateIQ.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: it has no columns.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; dans %2&#xa0;: elle n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: column name &apos;%3&apos; is empty or longer than 64 characters.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; dans %2&#xa0;: le nom de colonne &apos;%3&apos; est vide ou dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: column &apos;%3&apos; appears twice (MySQL ignores case in column names).</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; dans %2&#xa0;: la colonne &apos;%3&apos; apparaît deux fois (MySQL ignore la casse des noms de colonnes).</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: no key columns are set.</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: aucune colonne clé n&apos;est définie.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: key column &apos;%3&apos; is not one of the columns.</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: la colonne clé &apos;%3&apos; ne fait pas partie des colonnes.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: the key columns are too long for an index (at most 3072 bytes; text counts 4 bytes per character).</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: les colonnes clés sont trop longues pour un index (au plus 3072 octets&#xa0;; le texte compte 4 octets par caractère).</translation>
    </message>
    <message>
        <source>Loaded into a staging table, which replaces %1 in one RENAME TABLE when the run finishes.</source>
        <translation>Chargé dans une table intermédiaire, qui remplace %1 en un seul RENAME TABLE à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Created when missing; an existing table keeps its columns and rows.</source>
        <translation>Créée si elle manque&#xa0;; une table existante conserve ses colonnes et ses lignes.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on %2: run &apos;%3&apos; is still writing it.</source>
        <translation>Impossible de démarrer l&apos;exécution &apos;%1&apos; sur %2&#xa0;: l&apos;exécution &apos;%3&apos; est encore en train d&apos;y écrire.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its table &apos;%2&apos; no longer exists. Start the run over.</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: sa table &apos;%2&apos; n&apos;existe plus. Recommencez l&apos;exécution.</translation>
    </message>
    <message>
        <source>the existing table has no column &apos;%1&apos;. Add it, or write to another table.</source>
        <translation>la table existante n&apos;a pas de colonne &apos;%1&apos;. Ajoutez-la, ou écrivez dans une autre table.</translation>
    </message>
    <message>
        <source>cannot create a unique index on the key columns (%1) of the existing table, which upsert needs: %2. Remove the duplicate keys or choose other keys.</source>
        <translation>impossible de créer sur les colonnes clés (%1) de la table existante l&apos;index unique dont l&apos;upsert a besoin&#xa0;: %2. Supprimez les clés en double ou choisissez d&apos;autres clés.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds %2, which MySQL/MariaDB cannot store.</source>
        <translation>la colonne &apos;%1&apos; contient %2, que MySQL/MariaDB ne peut pas stocker.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds &apos;%2&apos;, which is not a decimal number.</source>
        <translation>la colonne &apos;%1&apos; contient &apos;%2&apos;, qui n&apos;est pas un nombre décimal.</translation>
    </message>
    <message>
        <source>the value of column &apos;%1&apos; is outside MySQL&apos;s range (years 1 to 9999).</source>
        <translation>la valeur de la colonne &apos;%1&apos; est hors de la plage de MySQL (années 1 à 9999).</translation>
    </message>
    <message>
        <source>Cannot write records %1 to %2 to %3: %4</source>
        <translation>Impossible d&apos;écrire les enregistrements %1 à %2 dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>key column &apos;%1&apos; is null, so the row cannot be matched for upsert.</source>
        <translation>la colonne clé &apos;%1&apos; est nulle, la ligne ne peut donc pas être rapprochée pour l&apos;upsert.</translation>
    </message>
    <message>
        <source>the row is larger than the server&apos;s max_allowed_packet (%1 bytes).</source>
        <translation>la ligne dépasse le max_allowed_packet du serveur (%1 octets).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a view; a run can only replace a table.</source>
        <translation>&apos;%1&apos; est une vue&#xa0;; une exécution ne peut remplacer qu&apos;une table.</translation>
    </message>
    <message>
        <source>Cannot read %1 back: its run has not finished.</source>
        <translation>Impossible de relire %1&#xa0;: son exécution n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Cannot read a MySQL/MariaDB destination back: no run has written it.</source>
        <translation>Impossible de relire une destination MySQL/MariaDB&#xa0;: aucune exécution ne l&apos;a écrite.</translation>
    </message>
</context>
<context>
    <name>MariaDbSession</name>
    <message>
        <source>Cannot connect source &apos;%1&apos;: the Qt MySQL/MariaDB driver (QMYSQL) is not installed (Debian/Ubuntu package libqt6sql6-mysql).</source>
        <translation>Impossible de connecter la source &apos;%1&apos;&#xa0;: le pilote Qt MySQL/MariaDB (QMYSQL) n&apos;est pas installé (paquet Debian/Ubuntu libqt6sql6-mysql).</translation>
    </message>
    <message>
        <source>Cannot connect to MySQL/MariaDB at %1 for source &apos;%2&apos;: %3</source>
        <translation>Impossible de se connecter à MySQL/MariaDB sur %1 pour la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot use the MySQL/MariaDB connection of source &apos;%1&apos;: the QMYSQL driver gave no connection handle.</source>
        <translation>Impossible d&apos;utiliser la connexion MySQL/MariaDB de la source &apos;%1&apos;&#xa0;: le pilote QMYSQL n&apos;a fourni aucun descripteur de connexion.</translation>
    </message>
    <message>
        <source>Cannot connect to MySQL/MariaDB at %1 for source &apos;%2&apos;: the SSL mode is &apos;required&apos; but the server does not offer SSL, so the connection is not encrypted.</source>
        <translation>Impossible de se connecter à MySQL/MariaDB sur %1 pour la source &apos;%2&apos;&#xa0;: le mode SSL est &apos;required&apos; mais le serveur ne propose pas SSL, la connexion ne serait donc pas chiffrée.</translation>
    </message>
    <message>
        <source>set the character set utf8mb4</source>
        <translation>définir le jeu de caractères utf8mb4</translation>
    </message>
    <message>
        <source>set up the session</source>
        <translation>configurer la session</translation>
    </message>
    <message>
        <source>Cannot %1 of source &apos;%2&apos; (MySQL/MariaDB at %3): %4</source>
        <translation>Impossible de %1 de la source &apos;%2&apos; (MySQL/MariaDB sur %3)&#xa0;: %4</translation>
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
        <translation>Tables, vues et une requête facultative d&apos;une base de données MySQL ou MariaDB, lues en flux sans mettre des tables entières en mémoire&#xa0;; également une destination de synchronisation.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Server name or IP address.</source>
        <translation>Nom ou adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP port of the server.</source>
        <translation>Port TCP du serveur.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Name of the database (schema) to read or write.</source>
        <translation>Nom de la base de données (schéma) à lire ou à écrire.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Account to log in as.</source>
        <translation>Compte avec lequel se connecter.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation>Enregistré dans le trousseau du système, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>disabled: never encrypt; preferred: encrypt when the server can; required: refuse unencrypted connections.</source>
        <translation>disabled&#xa0;: ne jamais chiffrer&#xa0;; preferred&#xa0;: chiffrer si le serveur le permet&#xa0;; required&#xa0;: refuser les connexions non chiffrées.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Optional SELECT statement, offered as an extra stream named &apos;query&apos;.</source>
        <translation>Instruction SELECT facultative, proposée comme flux supplémentaire nommé &apos;query&apos;.</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Délai de connexion (s)</translation>
    </message>
    <message>
        <source>Seconds to wait for the server before giving up.</source>
        <translation>Nombre de secondes d&apos;attente du serveur avant abandon.</translation>
    </message>
    <message>
        <source>no database is set</source>
        <translation>aucune base de données n&apos;est définie</translation>
    </message>
    <message>
        <source>no user is set</source>
        <translation>aucun utilisateur n&apos;est défini</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the connection timeout must be a number of seconds from 1 to 3600</source>
        <translation>le délai de connexion doit être un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>the SSL mode must be one of: %1</source>
        <translation>le mode SSL doit être l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the host name contains &apos;;&apos; or &apos;=&apos;</source>
        <translation>le nom d&apos;hôte contient &apos;;&apos; ou &apos;=&apos;</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2.</source>
        <translation>La source &apos;%1&apos; n&apos;est pas configurée correctement&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>MariaDbStreamReader</name>
    <message>
        <source>Stream &apos;%1&apos; of source &apos;%2&apos; cannot resume from a position; the run starts over.</source>
        <translation>Le flux &apos;%1&apos; de la source &apos;%2&apos; ne peut pas reprendre à partir d&apos;une position&#xa0;; l&apos;exécution recommence depuis le début.</translation>
    </message>
    <message>
        <source>the server returned %1 columns, %2 were expected</source>
        <translation>le serveur a renvoyé %1 colonnes, %2 étaient attendues</translation>
    </message>
    <message>
        <source>read stream &apos;%1&apos;</source>
        <translation>lire le flux &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading stream &apos;%1&apos; of source &apos;%2&apos; was cancelled.</source>
        <translation>La lecture du flux &apos;%1&apos; de la source &apos;%2&apos; a été annulée.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of stream &apos;%2&apos;: %3</source>
        <translation>Colonne &apos;%1&apos; du flux &apos;%2&apos;&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>NdjsonDestination</name>
    <message>
        <source>Cannot append to &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ajouter à &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot append to &apos;%1&apos;: its first line is not a JSON object, so it is not an NDJSON file of records.</source>
        <translation>Impossible d&apos;ajouter à &apos;%1&apos;&#xa0;: sa première ligne n&apos;est pas un objet JSON, ce n&apos;est donc pas un fichier NDJSON d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the target: %1</source>
        <translation>absentes de la cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot append to &apos;%1&apos;: its records do not have the target&apos;s columns as keys (%2).</source>
        <translation>Impossible d&apos;ajouter à &apos;%1&apos;&#xa0;: ses enregistrements n&apos;ont pas les colonnes cibles comme clés (%2).</translation>
    </message>
    <message>
        <source>record %1, column &apos;%2&apos;: the text is not valid UTF-8, which JSON cannot hold.</source>
        <translation>enregistrement %1, colonne &apos;%2&apos;&#xa0;: le texte n&apos;est pas de l&apos;UTF-8 valide, que JSON ne peut pas contenir.</translation>
    </message>
    <message>
        <source>record %1, column &apos;%2&apos;: the value is out of range.</source>
        <translation>enregistrement %1, colonne &apos;%2&apos;&#xa0;: la valeur est hors limites.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; back cannot resume from a position.</source>
        <translation>La relecture de &apos;%1&apos; ne peut pas reprendre à une position.</translation>
    </message>
</context>
<context>
    <name>NdjsonReadBack</name>
    <message>
        <source>not a JSON object of values at offset %1</source>
        <translation>pas un objet JSON de valeurs à la position %1</translation>
    </message>
    <message>
        <source>a nested JSON value where a single value was expected</source>
        <translation>une valeur JSON imbriquée là où une valeur simple était attendue</translation>
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
        <translation>Tables, vues et une requête facultative d&apos;une base de données PostgreSQL, lues dans une session en lecture seule via des curseurs côté serveur.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Server name or IP address.</source>
        <translation>Nom ou adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP port of the server.</source>
        <translation>Port TCP du serveur.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Name of the database to read.</source>
        <translation>Nom de la base de données à lire.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role to log in as.</source>
        <translation>Rôle utilisé pour la connexion.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation>Enregistré dans le trousseau du système, jamais dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>Whether and how to use SSL (libpq sslmode).</source>
        <translation>Si et comment utiliser SSL (sslmode de libpq).</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Comma-separated schema names or patterns (* and ?) to list; empty lists every non-system schema.</source>
        <translation>Noms ou motifs de schémas (* et&#xa0;?) à lister, séparés par des virgules&#xa0;; vide liste tous les schémas non système.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Optional SELECT statement, offered as an extra stream named &apos;query&apos;.</source>
        <translation>Instruction SELECT facultative, proposée comme flux supplémentaire nommé &apos;query&apos;.</translation>
    </message>
    <message>
        <source>Connection timeout (s)</source>
        <translation>Délai de connexion (s)</translation>
    </message>
    <message>
        <source>Seconds to wait for the server before giving up.</source>
        <translation>Nombre de secondes d&apos;attente du serveur avant abandon.</translation>
    </message>
    <message>
        <source>Cannot read %1 of source &apos;%2&apos; (PostgreSQL at %3): %4</source>
        <translation>Impossible de lire %1 de la source &apos;%2&apos; (PostgreSQL sur %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot connect source &apos;%1&apos;: the Qt PostgreSQL driver (QPSQL) is not installed (Debian/Ubuntu package libqt6sql6-psql).</source>
        <translation>Impossible de connecter la source &apos;%1&apos;&#xa0;: le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé (paquet Debian/Ubuntu libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1 for source &apos;%2&apos;: %3</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1 pour la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>the session settings</source>
        <translation>les paramètres de session</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>la liste des tables</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>the column types of the query</source>
        <translation>les types de colonnes de la requête</translation>
    </message>
    <message>
        <source>the server version</source>
        <translation>la version du serveur</translation>
    </message>
    <message>
        <source>PostgreSQL %1, tables: %2, views: %3</source>
        <translation>PostgreSQL %1, tables&#xa0;: %2, vues&#xa0;: %3</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no table or view named &apos;%2&apos; that you may read (PostgreSQL at %3).</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de table ou de vue nommée &apos;%2&apos; que vous pouvez lire (PostgreSQL sur %3).</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; of source &apos;%2&apos; matches several tables; rename one of them or read it with a query.</source>
        <translation>Le nom &apos;%1&apos; de la source &apos;%2&apos; correspond à plusieurs tables&#xa0;; renommez l&apos;une d&apos;elles ou lisez-la avec une requête.</translation>
    </message>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; incrementally: it has no column &apos;%3&apos;.</source>
        <translation>Impossible de lire le flux &apos;%1&apos; de la source &apos;%2&apos; de façon incrémentale&#xa0;: il n&apos;a pas de colonne &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>the key range of &apos;%1&apos;</source>
        <translation>la plage de clés de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the size of &apos;%1&apos;</source>
        <translation>la taille de &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>PostgresDestination</name>
    <message>
        <source>table &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL database &apos;%3&apos; at %4)</source>
        <translation>table &apos;%1&apos; de la source &apos;%2&apos; (base PostgreSQL &apos;%3&apos; sur %4)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write record %1 to %2: %3</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; (PostgreSQL at %2)</source>
        <translation>source &apos;%1&apos; (PostgreSQL sur %2)</translation>
    </message>
    <message>
        <source>Cannot write to %1: no table name is set.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: aucun nom de table n&apos;est défini.</translation>
    </message>
    <message>
        <source>Cannot write to %1: &apos;%2&apos; is not a table name (write table, schema.table or &quot;quoted&quot;.&quot;names&quot;).</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: &apos;%2&apos; n&apos;est pas un nom de table (écrivez table, schéma.table ou &quot;noms&quot;.&quot;entre guillemets&quot;).</translation>
    </message>
    <message>
        <source>Cannot write to %1: the table name &apos;%2&apos; is reserved for MigrateIQ&apos;s bookkeeping.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: le nom de table &apos;%2&apos; est réservé à la gestion interne de MigrateIQ.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; of %2: it has no columns.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; de %2&#xa0;: elle n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; of %2: a column has no name.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; de %2&#xa0;: une colonne n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; of %2: column &apos;%3&apos; appears twice.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; de %2&#xa0;: la colonne &apos;%3&apos; apparaît deux fois.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; of %2: no key columns are set.</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: aucune colonne clé n&apos;est définie.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; of %2: key column &apos;%3&apos; is not one of the columns.</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: la colonne clé &apos;%3&apos; ne fait pas partie des colonnes.</translation>
    </message>
    <message>
        <source>table &apos;%1&apos;</source>
        <translation>table &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists in schema &apos;%2&apos; and is not a table (a view or another kind of relation).</source>
        <translation>&apos;%1&apos; existe dans le schéma &apos;%2&apos; et n&apos;est pas une table (une vue ou un autre type de relation).</translation>
    </message>
    <message>
        <source>the existing table has no column &apos;%1&apos; (names are case-sensitive).</source>
        <translation>la table existante n&apos;a pas de colonne &apos;%1&apos; (les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of the existing table is generated and cannot be written.</source>
        <translation>la colonne &apos;%1&apos; de la table existante est générée et ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is %2 in the existing table, and %3 values cannot be converted to it: %4</source>
        <translation>la colonne &apos;%1&apos; est de type %2 dans la table existante, et les valeurs %3 ne peuvent pas y être converties&#xa0;: %4</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of the existing table is NOT NULL without a default, and the job does not write it.</source>
        <translation>la colonne &apos;%1&apos; de la table existante est NOT NULL sans valeur par défaut, et la tâche ne l&apos;écrit pas.</translation>
    </message>
    <message>
        <source>Loaded into a staging table, which replaces %1 when the run finishes.</source>
        <translation>Chargé dans une table intermédiaire, qui remplace %1 à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The server could not be asked whether the table exists (%1).</source>
        <translation>Impossible de demander au serveur si la table existe (%1).</translation>
    </message>
    <message>
        <source>Table %1 exists and is compatible; rows are added to it.</source>
        <translation>La table %1 existe et est compatible&#xa0;; les lignes y sont ajoutées.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on %2: run &apos;%3&apos; is still writing it.</source>
        <translation>Impossible de démarrer l&apos;exécution &apos;%1&apos; sur %2&#xa0;: l&apos;exécution &apos;%3&apos; est encore en train d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: %2</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its table &apos;%2&apos; no longer exists. Start the run over.</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: sa table &apos;%2&apos; n&apos;existe plus. Recommencez l&apos;exécution.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: the unique index on the keys is gone.</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: l&apos;index unique sur les clés a disparu.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its checkpoint is empty.</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: son point de reprise est vide.</translation>
    </message>
    <message>
        <source>the transaction was rolled back by the server.</source>
        <translation>la transaction a été annulée par le serveur.</translation>
    </message>
    <message>
        <source>key column &apos;%1&apos; is null, so the row cannot be matched for upsert.</source>
        <translation>la colonne clé &apos;%1&apos; est nulle, la ligne ne peut donc pas être rapprochée pour l&apos;upsert.</translation>
    </message>
    <message>
        <source>the date in column &apos;%1&apos; is outside PostgreSQL&apos;s range (4713 BC to 5874897 AD).</source>
        <translation>la date de la colonne &apos;%1&apos; est hors de la plage de PostgreSQL (4713 av. J.-C. à 5874897 apr. J.-C.).</translation>
    </message>
    <message>
        <source>the timestamp in column &apos;%1&apos; is outside PostgreSQL&apos;s range (4713 BC to 294276 AD).</source>
        <translation>l&apos;horodatage de la colonne &apos;%1&apos; est hors de la plage de PostgreSQL (4713 av. J.-C. à 294276 apr. J.-C.).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in column &apos;%2&apos; is not a number PostgreSQL&apos;s numeric can hold.</source>
        <translation>&apos;%1&apos; dans la colonne &apos;%2&apos; n&apos;est pas un nombre que le type numeric de PostgreSQL peut contenir.</translation>
    </message>
    <message>
        <source>Cannot write records %1 to %2 to %3: %4</source>
        <translation>Impossible d&apos;écrire les enregistrements %1 à %2 dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot read %1 back: its run has not finished.</source>
        <translation>Impossible de relire %1&#xa0;: son exécution n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Cannot read back from source &apos;%1&apos;: no run has written it.</source>
        <translation>Impossible de relire la source &apos;%1&apos;&#xa0;: aucune exécution ne l&apos;a écrite.</translation>
    </message>
    <message>
        <source>Reading %1 back cannot resume from a position.</source>
        <translation>La relecture de %1 ne peut pas reprendre à une position.</translation>
    </message>
</context>
<context>
    <name>PostgresSession</name>
    <message>
        <source>Cannot connect to PostgreSQL at %1 for source &apos;%2&apos;: out of memory.</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1 pour la source &apos;%2&apos;&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1 for source &apos;%2&apos;: %3</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1 pour la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>PostgresSettings</name>
    <message>
        <source>no database is set</source>
        <translation>aucune base de données n&apos;est définie</translation>
    </message>
    <message>
        <source>no user is set</source>
        <translation>aucun utilisateur n&apos;est défini</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the connection timeout must be a number of seconds from 1 to 3600</source>
        <translation>le délai de connexion doit être un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>the SSL mode must be one of: %1</source>
        <translation>le mode SSL doit être l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; is not configured correctly: %2.</source>
        <translation>La source &apos;%1&apos; n&apos;est pas configurée correctement&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>PostgresStreamReader</name>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL at %3): %4</source>
        <translation>Impossible de lire le flux &apos;%1&apos; de la source &apos;%2&apos; (PostgreSQL sur %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver did not expose its connection.</source>
        <translation>le pilote Qt PostgreSQL n&apos;a pas exposé sa connexion.</translation>
    </message>
</context>
<context>
    <name>PostgresTableReader</name>
    <message>
        <source>table &apos;%1&apos; of source &apos;%2&apos; (PostgreSQL at %3)</source>
        <translation>table &apos;%1&apos; de la source &apos;%2&apos; (PostgreSQL sur %3)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation>la lecture a été annulée.</translation>
    </message>
    <message>
        <source>the server sent an unexpected COPY header.</source>
        <translation>le serveur a envoyé un en-tête COPY inattendu.</translation>
    </message>
    <message>
        <source>the server sent a malformed row.</source>
        <translation>le serveur a envoyé une ligne malformée.</translation>
    </message>
    <message>
        <source>an infinite date cannot be represented</source>
        <translation>une date infinie ne peut pas être représentée</translation>
    </message>
    <message>
        <source>an infinite timestamp cannot be represented</source>
        <translation>un horodatage infini ne peut pas être représenté</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of %2: %3</source>
        <translation>Colonne &apos;%1&apos; de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>%1%2 of the %3 rows are exact duplicates of another row.</source>
        <translation>%1%2 des %3 lignes sont des doublons exacts d&apos;une autre ligne.</translation>
    </message>
    <message>
        <source>About </source>
        <translation>Environ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are strongly related (%3 %4): one may be derived from the other.</source>
        <translation>&apos;%1&apos; et &apos;%2&apos; sont fortement liées (%3 %4)&#xa0;: l&apos;une peut être dérivée de l&apos;autre.</translation>
    </message>
    <message>
        <source>Only the first %1 rows were profiled (sample mode); every figure describes them, not the whole stream.</source>
        <translation>Seules les %1 premières lignes ont été profilées (mode échantillon)&#xa0;; chaque indicateur les décrit, elles, et non le flux entier.</translation>
    </message>
    <message>
        <source>More than %1 distinct values in %2: distinct counts are HyperLogLog estimates (standard error 0.4%, within 2%); unique counts are estimated from a sample of the distinct values; top-value counts are lower bounds (Space-Saving, 64 counters).</source>
        <translation>Plus de %1 valeurs distinctes dans %2&#xa0;: les nombres de valeurs distinctes sont des estimations HyperLogLog (erreur type 0,4 %, à 2 % près)&#xa0;; les nombres de valeurs uniques sont estimés à partir d&apos;un échantillon des valeurs distinctes&#xa0;; les effectifs des valeurs les plus fréquentes sont des bornes inférieures (Space-Saving, 64 compteurs).</translation>
    </message>
    <message>
        <source>Quantiles, histograms and outlier counts of %1 come from a KLL sketch (k = 400, rank error below 1%).</source>
        <translation>Les quantiles, histogrammes et nombres de valeurs aberrantes de %1 proviennent d&apos;une esquisse KLL (k = 400, erreur de rang inférieure à 1 %).</translation>
    </message>
    <message>
        <source>Duplicate rows are estimated from a 1-in-%1 sample of row hashes (more than %2 distinct rows).</source>
        <translation>Les lignes en double sont estimées à partir d&apos;un échantillon de 1 sur %1 des empreintes de ligne (plus de %2 lignes distinctes).</translation>
    </message>
    <message>
        <source>Spearman correlations%1 are computed on a sample of %2 rows.</source>
        <translation>Les corrélations de Spearman%1 sont calculées sur un échantillon de %2 lignes.</translation>
    </message>
    <message>
        <source> (and Pearson beyond the first %1 numeric columns)</source>
        <translation> (et de Pearson au-delà des %1 premières colonnes numériques)</translation>
    </message>
    <message>
        <source>Some candidate keys are judged from a sample of their values (marked not exact).</source>
        <translation>Certaines clés candidates sont jugées sur un échantillon de leurs valeurs (marquées comme non exactes).</translation>
    </message>
    <message>
        <source>Missing-value patterns cover the first 64 columns.</source>
        <translation>Les motifs de valeurs manquantes couvrent les 64 premières colonnes.</translation>
    </message>
</context>
<context>
    <name>ProfileCharts</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%1 … %2 (%n bars; hover one for its range)</source>
        <translation>
            <numerusform>%1 … %2 (%n barre&#xa0;; survolez-la pour voir son intervalle)</numerusform>
            <numerusform>%1 … %2 (%n barres&#xa0;; survolez-en une pour voir son intervalle)</numerusform>
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
        <translation>Profil de &apos;%1&apos;%2&#xa0;: %3 lignes, %4 colonnes, %5 s</translation>
    </message>
    <message>
        <source> (source &apos;%1&apos;)</source>
        <translation> (source &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Sample: the first %1 rows only.</source>
        <translation>Échantillon&#xa0;: uniquement les %1 premières lignes.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate rows: %1%2; bad records set aside: %3</source>
        <translation>Lignes en double&#xa0;: %1%2&#xa0;; enregistrements invalides mis de côté&#xa0;: %3</translation>
    </message>
    <message>
        <source>Quality: %1 overall (%2)</source>
        <translation>Qualité&#xa0;: %1 globale (%2)</translation>
    </message>
    <message>
        <source>Candidate keys: %1</source>
        <translation>Clés candidates&#xa0;: %1</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>DISTINCT</source>
        <translation>DISTINCT</translation>
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
        <translation>MOYENNE</translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation>MÉDIANE</translation>
    </message>
    <message>
        <source>TOP VALUE</source>
        <translation>VALEUR FRÉQUENTE</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>QUALITÉ</translation>
    </message>
    <message>
        <source>len %1</source>
        <translation>long. %1</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>Alerts (%1):</source>
        <translation>Alertes (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>--sample must be a whole number of rows greater than 0, not &apos;%1&apos;.</source>
        <translation>--sample doit être un nombre entier de lignes supérieur à 0, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--html needs a file name.</source>
        <translation>--html nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream &apos;%2&apos;. Its streams: %3.</source>
        <translation>&apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;. Ses flux&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Profiling: %1 rows</source>
        <translation>Profilage&#xa0;: %1 lignes</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>, %1 lignes/s</translation>
    </message>
    <message>
        <source>%1 records of &apos;%2&apos; could not be read and are not in the profile; &apos;preview&apos; lists them with their line numbers.</source>
        <translation>%1 enregistrements de &apos;%2&apos; n&apos;ont pas pu être lus et ne figurent pas dans le profil&#xa0;; &apos;preview&apos; les liste avec leur numéro de ligne.</translation>
    </message>
    <message>
        <source>wrote the HTML report to &apos;%1&apos;</source>
        <translation>rapport HTML écrit dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Estimated figures:</source>
        <translation>Indicateurs estimés&#xa0;:</translation>
    </message>
    <message>
        <source>Profile a stream: types, statistics, formats, quality scores and alerts</source>
        <translation>Profiler un flux&#xa0;: types, statistiques, formats, scores de qualité et alertes</translation>
    </message>
    <message>
        <source>SOURCE is a source of the workspace, STREAM one of its streams (default: the first one, see &apos;streams&apos;); otherwise the argument is taken as a file whose type is told by its suffix, and no workspace is needed. Every row is read once, in parallel chunks, with bounded memory. The output is a summary (rows, duplicate rows, quality scores, candidate keys), one line per column (inferred type and the share of values that fit it, missing values, distinct values, range, mean, median, most frequent value, quality) and the alerts, most severe first; figures estimated with sketches are marked &apos;~&apos; and explained at the end. --json prints the whole profile (see docs/profiling.md for what each figure means); --html OUT also writes it as a self-contained HTML report with charts. The profile of a workspace source is saved in the workspace, where the Profiles pane shows its history.</source>
        <translation>SOURCE est une source de l&apos;espace de travail, STREAM l&apos;un de ses flux (par défaut&#xa0;: le premier, voir &apos;streams&apos;)&#xa0;; sinon, l&apos;argument est traité comme un fichier dont le type est déduit de l&apos;extension, et aucun espace de travail n&apos;est nécessaire. Chaque ligne est lue une fois, par blocs en parallèle, avec une mémoire bornée. La sortie comprend un résumé (lignes, lignes en double, scores de qualité, clés candidates), une ligne par colonne (type déduit et part des valeurs conformes, valeurs manquantes, valeurs distinctes, étendue, moyenne, médiane, valeur la plus fréquente, qualité) et les alertes, les plus graves en premier&#xa0;; les indicateurs estimés par esquisse sont marqués &apos;~&apos; et expliqués à la fin. --json affiche le profil complet (voir docs/profiling.md pour la signification de chaque indicateur)&#xa0;; --html OUT l&apos;écrit aussi sous forme de rapport HTML autonome avec graphiques. Le profil d&apos;une source de l&apos;espace de travail est enregistré dans l&apos;espace de travail, où le panneau Profils affiche son historique.</translation>
    </message>
    <message>
        <source>Profile only the first N rows (faster; every figure then describes those rows).</source>
        <translation>Ne profiler que les N premières lignes (plus rapide&#xa0;; chaque indicateur décrit alors ces lignes).</translation>
    </message>
    <message>
        <source>Also write the profile as a self-contained HTML report (charts included) to OUT.</source>
        <translation>Écrire aussi le profil sous forme de rapport HTML autonome (graphiques inclus) dans OUT.</translation>
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
        <translation>%1%2 points</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>complétude</translation>
    </message>
    <message>
        <source>validity</source>
        <translation>validité</translation>
    </message>
    <message>
        <source>uniqueness</source>
        <translation>unicité</translation>
    </message>
    <message>
        <source>consistency</source>
        <translation>cohérence</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>Rows: %1 → %2 (%3%4%)</source>
        <translation>Lignes&#xa0;: %1 → %2 (%3%4 %)</translation>
    </message>
    <message>
        <source>Duplicate rows: %1 → %2</source>
        <translation>Lignes en double&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Quality (%1): %2 → %3 (%4)</source>
        <translation>Qualité (%1)&#xa0;: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Quality of &apos;%1&apos; (%2): %3 → %4 (%5)</source>
        <translation>Qualité de &apos;%1&apos; (%2)&#xa0;: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>globale</translation>
    </message>
    <message>
        <source>New alert: %1</source>
        <translation>Nouvelle alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>New column &apos;%1&apos; (%2)</source>
        <translation>Nouvelle colonne &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is gone</source>
        <translation>La colonne &apos;%1&apos; a disparu</translation>
    </message>
    <message>
        <source>Type of &apos;%1&apos;: %2 → %3</source>
        <translation>Type de &apos;%1&apos;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Missing values in &apos;%1&apos;: %2 → %3 (%4)</source>
        <translation>Valeurs manquantes dans &apos;%1&apos;&#xa0;: %2 → %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>New format in &apos;%1&apos;: %2 (%n value(s))</source>
        <translation>
            <numerusform>Nouveau format dans &apos;%1&apos;&#xa0;: %2 (%n valeur)</numerusform>
            <numerusform>Nouveau format dans &apos;%1&apos;&#xa0;: %2 (%n valeurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New date format in &apos;%1&apos;: %2 (%n value(s))</source>
        <translation>
            <numerusform>Nouveau format de date dans &apos;%1&apos;&#xa0;: %2 (%n valeur)</numerusform>
            <numerusform>Nouveau format de date dans &apos;%1&apos;&#xa0;: %2 (%n valeurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>New pattern in &apos;%1&apos;: &quot;%2&quot; in %3 of the values</source>
        <translation>Nouveau motif dans &apos;%1&apos;&#xa0;: &quot;%2&quot; dans %3 des valeurs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer unique: %2 distinct values in %3 rows</source>
        <translation>&apos;%1&apos; n&apos;est plus unique&#xa0;: %2 valeurs distinctes sur %3 lignes</translation>
    </message>
    <message>
        <source>Distinct values in &apos;%1&apos;: %2 → %3</source>
        <translation>Valeurs distinctes dans &apos;%1&apos;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Minimum of &apos;%1&apos;: %2 → %3</source>
        <translation>Minimum de &apos;%1&apos;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Maximum of &apos;%1&apos;: %2 → %3</source>
        <translation>Maximum de &apos;%1&apos;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Earliest date in &apos;%1&apos;: %2 → %3</source>
        <translation>Date la plus ancienne dans &apos;%1&apos;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Latest date in &apos;%1&apos;: %2 → %3</source>
        <translation>Date la plus récente dans &apos;%1&apos;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Mean of &apos;%1&apos; moved: %2 → %3</source>
        <translation>La moyenne de &apos;%1&apos; a bougé&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; moved: %3 → %4</source>
        <translation>%1 de &apos;%2&apos; a bougé&#xa0;: %3 → %4</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>liste de textes attendue</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos;</source>
        <translation>valeur inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown quality dimension</source>
        <translation>dimension de qualité inconnue</translation>
    </message>
    <message>
        <source>This is not a MigrateIQ profile (the key &apos;format&apos; is not &apos;%1&apos;).</source>
        <translation>Ceci n&apos;est pas un profil MigrateIQ (la clé &apos;format&apos; n&apos;est pas &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of MigrateIQ (profile format %1; this version reads up to %2).</source>
        <translation>Ce profil a été écrit par une version plus récente de MigrateIQ (format de profil %1&#xa0;; cette version lit jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>date et heure ISO 8601 attendues</translation>
    </message>
    <message>
        <source>Cannot read the profile of &apos;%1&apos; (%2): %3</source>
        <translation>Impossible de lire le profil de &apos;%1&apos; (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProfileQuality</name>
    <message>
        <source>%1 of the %2 values of &apos;%3&apos; are missing (%4 nulls, %5 blanks).</source>
        <translation>%1 des %2 valeurs de &apos;%3&apos; sont manquantes (%4 nulles, %5 vides).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds personal data: %2 of its values are %3 values.</source>
        <translation>&apos;%1&apos; contient des données personnelles&#xa0;: %2 de ses valeurs sont de type %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; probably holds personal data (its name suggests names, addresses or identity numbers).</source>
        <translation>&apos;%1&apos; contient probablement des données personnelles (son nom évoque des noms, des adresses ou des numéros d&apos;identité).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; mixes %2 date formats: %3 values are %4, %5 use others.</source>
        <translation>&apos;%1&apos; mélange %2 formats de date&#xa0;: %3 valeurs sont au format %4, %5 en utilisent d&apos;autres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; writes true and false in %2 different ways (e.g. true/yes/1 and their case variants).</source>
        <translation>&apos;%1&apos; écrit vrai et faux de %2 façons différentes (par ex. true/yes/1 et leurs variantes de casse).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; writes phone numbers in %2 different common layouts; the most frequent, &apos;%3&apos;, covers %4 of the values.</source>
        <translation>&apos;%1&apos; écrit les numéros de téléphone selon %2 présentations courantes différentes&#xa0;; la plus fréquente, &apos;%3&apos;, couvre %4 des valeurs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as text but %2 of its values are %3 numbers.</source>
        <translation>&apos;%1&apos; est stockée en texte mais %2 de ses valeurs sont des nombres %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is stored as text but %2 of its values are dates or timestamps.</source>
        <translation>&apos;%1&apos; est stockée en texte mais %2 de ses valeurs sont des dates ou des horodatages.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mostly numbers (%2 values), but %3 values are not, so it is text.</source>
        <translation>&apos;%1&apos; contient surtout des nombres (%2 valeurs), mais %3 valeurs n&apos;en sont pas&#xa0;: c&apos;est donc du texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is mostly dates (%2 values) but too many values are not, so it is text.</source>
        <translation>&apos;%1&apos; contient surtout des dates (%2 valeurs), mais trop de valeurs n&apos;en sont pas&#xa0;: c&apos;est donc du texte.</translation>
    </message>
    <message>
        <source>%1 values of &apos;%2&apos; (%3) lie outside the interquartile fences %4 .. %5%6.</source>
        <translation>%1 valeurs de &apos;%2&apos; (%3) sont en dehors des barrières interquartiles %4 .. %5%6.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is highly skewed (skewness %2): the mean (%3) says little about typical values (median %4).</source>
        <translation>&apos;%1&apos; est très asymétrique (asymétrie %2)&#xa0;: la moyenne (%3) en dit peu sur les valeurs typiques (médiane %4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is imbalanced: &apos;%2&apos; alone makes up %3 of its %4 values.</source>
        <translation>&apos;%1&apos; est déséquilibrée&#xa0;: &apos;%2&apos; représente à elle seule %3 de ses %4 valeurs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2%3 distinct values among %4: it is not a category.</source>
        <translation>&apos;%1&apos; a %2%3 valeurs distinctes sur %4&#xa0;: ce n&apos;est pas une catégorie.</translation>
    </message>
    <message>
        <source>about </source>
        <translation>environ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has one value only: &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; n&apos;a qu&apos;une seule valeur&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Every value of &apos;%1&apos; is different (%2 values).</source>
        <translation>Chaque valeur de &apos;%1&apos; est différente (%2 valeurs).</translation>
    </message>
    <message>
        <source>No value of &apos;%1&apos; repeats in a sample of its values (about %2 distinct values): it is probably unique.</source>
        <translation>Aucune valeur de &apos;%1&apos; ne se répète dans un échantillon de ses valeurs (environ %2 valeurs distinctes)&#xa0;: elle est probablement unique.</translation>
    </message>
    <message>
        <source>Every value of &apos;%1&apos; is %2 characters long: probably a code.</source>
        <translation>Chaque valeur de &apos;%1&apos; fait %2 caractères&#xa0;: probablement un code.</translation>
    </message>
    <message>
        <source>%1 of %2 values are present (%3 nulls, %4 blanks).</source>
        <translation>%1 valeurs sur %2 sont présentes (%3 nulles, %4 vides).</translation>
    </message>
    <message>
        <source>The column has no rows.</source>
        <translation>La colonne n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>%1 of %2 values are valid %3 values (%4 are not).</source>
        <translation>%1 valeurs sur %2 sont des valeurs %3 valides (%4 ne le sont pas).</translation>
    </message>
    <message>
        <source>%1 of %2 values fit the type %3 (%4 do not).</source>
        <translation>%1 valeurs sur %2 correspondent au type %3 (%4 non).</translation>
    </message>
    <message>
        <source>Free text: no type or format to check the values against.</source>
        <translation>Texte libre&#xa0;: aucun type ni format pour vérifier les valeurs.</translation>
    </message>
    <message>
        <source>No values to check.</source>
        <translation>Aucune valeur à vérifier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like an identifier: %2%3 of its %4 values are distinct (%5 repeats).</source>
        <translation>&apos;%1&apos; ressemble à un identifiant&#xa0;: %2%3 de ses %4 valeurs sont distinctes (%5 répétitions).</translation>
    </message>
    <message>
        <source>Repeated values are expected here (&apos;%1&apos; is not an identifier).</source>
        <translation>Des valeurs répétées sont attendues ici (&apos;%1&apos; n&apos;est pas un identifiant).</translation>
    </message>
    <message>
        <source>All %1 values are written consistently (no stray spaces, one case, one date format).</source>
        <translation>Les %1 valeurs sont toutes écrites de façon cohérente (pas d&apos;espaces parasites, une seule casse, un seul format de date).</translation>
    </message>
    <message>
        <source>%1 of %2 values are written inconsistently: %3 with leading or trailing spaces, %4 in a minority date format, %5 in a minority letter case.</source>
        <translation>%1 valeurs sur %2 sont écrites de façon incohérente&#xa0;: %3 avec des espaces en début ou en fin, %4 dans un format de date minoritaire, %5 dans une casse minoritaire.</translation>
    </message>
    <message>
        <source>%1 dates before 1900 and %2 in the future</source>
        <translation>%1 dates antérieures à 1900 et %2 dans le futur</translation>
    </message>
    <message>
        <source>%1 card numbers fail the Luhn check</source>
        <translation>%1 numéros de carte échouent au contrôle de Luhn</translation>
    </message>
    <message>
        <source>%1 IBANs fail the ISO 13616 check digits</source>
        <translation>%1 IBAN échouent au contrôle des chiffres clés ISO 13616</translation>
    </message>
    <message>
        <source>%1 ages below 0 or above 130</source>
        <translation>%1 âges inférieurs à 0 ou supérieurs à 130</translation>
    </message>
    <message>
        <source>%1 percentages outside 0..100</source>
        <translation>%1 pourcentages hors de 0..100</translation>
    </message>
    <message>
        <source>%1 negative values where only zero or more make sense</source>
        <translation>%1 valeurs négatives là où seules zéro ou plus ont un sens</translation>
    </message>
    <message>
        <source>%1 of %2 checked values are plausible: %3.</source>
        <translation>%1 valeurs vérifiées sur %2 sont plausibles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No reference range or checksum applies to &apos;%1&apos;.</source>
        <translation>Aucune plage de référence ni somme de contrôle ne s&apos;applique à &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The dataset has no cells.</source>
        <translation>Le jeu de données n&apos;a aucune cellule.</translation>
    </message>
    <message>
        <source>%1 of %2 cells hold a value (%3 are null or blank).</source>
        <translation>%1 cellules sur %2 contiennent une valeur (%3 sont nulles ou vides).</translation>
    </message>
    <message>
        <source>No column has a type or format to check values against.</source>
        <translation>Aucune colonne n&apos;a de type ni de format pour vérifier les valeurs.</translation>
    </message>
    <message>
        <source>%1 of %2 values checked in %3 typed or formatted columns are valid.</source>
        <translation>%1 valeurs sur %2 vérifiées dans %3 colonnes typées ou formatées sont valides.</translation>
    </message>
    <message>
        <source>The dataset has no rows.</source>
        <translation>Le jeu de données n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>%1 of %2 rows are distinct (%3%4 duplicate rows).</source>
        <translation>%1 lignes sur %2 sont distinctes (%3%4 lignes en double).</translation>
    </message>
    <message>
        <source>%1 of %2 values are written inconsistently (stray spaces, minority case or date format).</source>
        <translation>%1 valeurs sur %2 sont écrites de façon incohérente (espaces parasites, casse ou format de date minoritaire).</translation>
    </message>
    <message>
        <source>No column has a reference range or checksum (dates, ages, percentages, quantities, cards, IBANs).</source>
        <translation>Aucune colonne n&apos;a de plage de référence ni de somme de contrôle (dates, âges, pourcentages, quantités, cartes, IBAN).</translation>
    </message>
    <message>
        <source>%1 of %2 values checked against reference ranges in %3 columns are implausible.</source>
        <translation>%1 valeurs sur %2 vérifiées par rapport aux plages de référence dans %3 colonnes sont invraisemblables.</translation>
    </message>
</context>
<context>
    <name>ProfileReport</name>
    <message>
        <source>Profile of %1 — %2</source>
        <translation>Profil de %1 — %2</translation>
    </message>
    <message>
        <source>Profiled %1 in %2 s</source>
        <translation>%1 profilé en %2 s</translation>
    </message>
    <message>
        <source>sample of the first %1 rows</source>
        <translation>échantillon des %1 premières lignes</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>toutes les lignes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>duplicate rows</source>
        <translation>lignes en double</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>set aside (malformed)</source>
        <translation>mis de côté (malformés)</translation>
    </message>
    <message>
        <source>overall quality</source>
        <translation>qualité globale</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Quality scores</source>
        <translation>Scores de qualité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>%1 (%2 null, %3 blank)</source>
        <translation>%1 (%2 nulles, %3 vides)</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valeurs manquantes</translation>
    </message>
    <message>
        <source>Missing values per column</source>
        <translation>Valeurs manquantes par colonne</translation>
    </message>
    <message>
        <source>Missing together</source>
        <translation>Manquantes ensemble</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>(complete rows)</source>
        <translation>(lignes complètes)</translation>
    </message>
    <message>
        <source>Missing-value patterns</source>
        <translation>Motifs de valeurs manquantes</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimé)</translation>
    </message>
    <message>
        <source>Candidate keys</source>
        <translation>Clés candidates</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complètes</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Made by MigrateIQ %1.</source>
        <translation>Réalisé avec MigrateIQ %1.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>Virgule flottante</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Timestamp with zone</source>
        <translation>Horodatage avec fuseau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Adresse IPv6</translation>
    </message>
    <message>
        <source>ISO date</source>
        <translation>Date ISO</translation>
    </message>
    <message>
        <source>Credit card number</source>
        <translation>Numéro de carte de crédit</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Currency amount</source>
        <translation>Montant monétaire</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Uniqueness</source>
        <translation>Unicité</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Cohérence</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>High cardinality</source>
        <translation>Cardinalité élevée</translation>
    </message>
    <message>
        <source>Mostly missing</source>
        <translation>Majoritairement manquante</translation>
    </message>
    <message>
        <source>Skewed</source>
        <translation>Asymétrique</translation>
    </message>
    <message>
        <source>Imbalanced</source>
        <translation>Déséquilibrée</translation>
    </message>
    <message>
        <source>Numbers as text</source>
        <translation>Nombres en texte</translation>
    </message>
    <message>
        <source>Dates as text</source>
        <translation>Dates en texte</translation>
    </message>
    <message>
        <source>Mixed formats</source>
        <translation>Formats mixtes</translation>
    </message>
    <message>
        <source>Constant length</source>
        <translation>Longueur constante</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valeurs aberrantes</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>Lignes en double</translation>
    </message>
    <message>
        <source>High correlation</source>
        <translation>Corrélation élevée</translation>
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
        <translation>V de Cramér</translation>
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
        <translation>&apos;%1&apos; de la source #%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of file &apos;%2&apos;</source>
        <translation>&apos;%1&apos; du fichier &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot save the profile of &apos;%1&apos;: it names neither a source and stream nor a file.</source>
        <translation>Impossible d&apos;enregistrer le profil de &apos;%1&apos;&#xa0;: il ne désigne ni une source et un flux, ni un fichier.</translation>
    </message>
    <message>
        <source>Cannot save the profile of %1: the source no longer exists.</source>
        <translation>Impossible d&apos;enregistrer le profil de %1&#xa0;: la source n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot save the profile of %1 in workspace &apos;%2&apos;: %3</source>
        <translation>Impossible d&apos;enregistrer le profil de %1 dans l&apos;espace de travail &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the profiles of %1: %2</source>
        <translation>Impossible de lire les profils de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read profile #%1: %2</source>
        <translation>Impossible de lire le profil #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no profile #%1 in this workspace.</source>
        <translation>Il n&apos;y a pas de profil #%1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Profile #%1 is damaged: %2</source>
        <translation>Le profil #%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove profile #%1: %2</source>
        <translation>Impossible de supprimer le profil #%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Profiler</name>
    <message>
        <source>Cannot profile &apos;%1&apos; of source &apos;%2&apos;: %3</source>
        <translation>Impossible de profiler &apos;%1&apos; de la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no streams to profile.</source>
        <translation>La source &apos;%1&apos; n&apos;a aucun flux à profiler.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;.</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos; of source &apos;%2&apos; was cancelled.</source>
        <translation>Le profilage de &apos;%1&apos; de la source &apos;%2&apos; a été annulé.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1 read</source>
        <translation>%1 lues</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 écrites</translation>
    </message>
    <message>
        <source>%1 quarantined</source>
        <translation>%1 en quarantaine</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>ETA %1:%2</source>
        <translation>fin estimée dans %1:%2</translation>
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
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>mismatch in %1</source>
        <translation>écart dans %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
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
        <translation>--%1 doit être un nombre entier de %2 à %3, et non &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; has not run yet. Run it with: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>La tâche &apos;%1&apos; n&apos;a pas encore été exécutée. Lancez-la avec&#xa0;: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No runs yet. Start one with &apos;migrateiq-cli sync&apos; or &apos;migrateiq-cli jobs run&apos;.</source>
        <translation>Aucune exécution pour l&apos;instant. Démarrez-en une avec &apos;migrateiq-cli sync&apos; ou &apos;migrateiq-cli jobs run&apos;.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>LUES</translation>
    </message>
    <message>
        <source>WRITTEN</source>
        <translation>ÉCRITES</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>QUARANTAINE</translation>
    </message>
    <message>
        <source>one-shot</source>
        <translation>ponctuelle</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; (#%2)</source>
        <translation>source &apos;%1&apos; (#%2)</translation>
    </message>
    <message>
        <source>source #%1 (removed since)</source>
        <translation>source #%1 (supprimée depuis)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1, stream &apos;%2&apos;</source>
        <translation>%1, flux &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Target DDL:</source>
        <translation>DDL de la cible&#xa0;:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <source>--export needs a file name.</source>
        <translation>--export nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>Run #%1 quarantined no rows.</source>
        <translation>L&apos;exécution #%1 n&apos;a mis aucune ligne en quarantaine.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>ENREGISTREMENT</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>RAW</source>
        <translation>TEXTE BRUT</translation>
    </message>
    <message>
        <source>(rows %1-%2 of the %3 quarantined by run #%4; --export FILE writes them all as CSV)</source>
        <translation>(lignes %1 à %2 des %3 mises en quarantaine par l&apos;exécution #%4&#xa0;; --export FILE les écrit toutes en CSV)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Exported 1 quarantined row of run #%1 to &apos;%2&apos;.</source>
        <translation>1 ligne en quarantaine de l&apos;exécution #%1 exportée vers &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Exported %1 quarantined rows of run #%2 to &apos;%3&apos;.</source>
        <translation>%1 lignes en quarantaine de l&apos;exécution #%2 exportées vers &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉE</translation>
    </message>
    <message>
        <source>List the runs of the workspace, or of one job</source>
        <translation>Lister les exécutions de l&apos;espace de travail, ou d&apos;une tâche</translation>
    </message>
    <message>
        <source>Newest first: run number, job (or one-shot for &apos;sync&apos;), status, start, duration, rows read, written and quarantined, and the verification result. A run whose process ended without finishing it shows as interrupted.</source>
        <translation>Les plus récentes d&apos;abord&#xa0;: numéro d&apos;exécution, tâche (ou «&#xa0;ponctuelle&#xa0;» pour &apos;sync&apos;), statut, début, durée, lignes lues, écrites et mises en quarantaine, et le résultat de la vérification. Une exécution dont le processus s&apos;est terminé sans l&apos;achever apparaît comme interrompue.</translation>
    </message>
    <message>
        <source>Runs to list (default %1).</source>
        <translation>Nombre d&apos;exécutions à lister (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Show a run in full: counts, verification, timings, target DDL and log</source>
        <translation>Afficher une exécution en détail&#xa0;: comptages, vérification, durées, DDL de la cible et journal</translation>
    </message>
    <message>
        <source>RUN is the run&apos;s number, as &apos;runs&apos; lists it. &apos;run RUN&apos; does the same.</source>
        <translation>RUN est le numéro de l&apos;exécution, tel que &apos;runs&apos; le liste. &apos;run RUN&apos; fait la même chose.</translation>
    </message>
    <message>
        <source>Same as &apos;runs show RUN&apos;</source>
        <translation>Identique à &apos;runs show RUN&apos;</translation>
    </message>
    <message>
        <source>List the rows a run quarantined, or export them as CSV</source>
        <translation>Lister les lignes qu&apos;une exécution a mises en quarantaine, ou les exporter en CSV</translation>
    </message>
    <message>
        <source>Rows to show (default %1; --export: all).</source>
        <translation>Nombre de lignes à afficher (par défaut&#xa0;: %1&#xa0;; --export&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Rows to skip first (default 0).</source>
        <translation>Nombre de lignes à sauter d&apos;abord (par défaut&#xa0;: 0).</translation>
    </message>
    <message>
        <source>Write the rows to FILE as CSV.</source>
        <translation>Écrire les lignes dans FILE en CSV.</translation>
    </message>
    <message>
        <source>Run #%1 quarantined no rows; there is nothing to load again.</source>
        <translation>L&apos;exécution #%1 n&apos;a mis aucune ligne en quarantaine&#xa0;; il n&apos;y a rien à recharger.</translation>
    </message>
    <message>
        <source>run: migrateiq-cli jobs run &quot;%1&quot;</source>
        <translation>lancez&#xa0;: migrateiq-cli jobs run &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run the sync command of run #%1 again</source>
        <translation>relancer la commande sync de l&apos;exécution #%1</translation>
    </message>
    <message>
        <source>For each row that could not be read or converted: its line (and file), record number, column, the reason and the raw text. --export FILE writes them all (or the --limit/--offset page) as CSV with the columns record_number,line,location,column,reason,raw, so that they can be fixed and loaded again.
--retry, once the source is fixed, loads those rows again: a new run of the same job reads only their records (by record number, so fix rows in place without adding or removing any), converts them with the types of run RUN, and appends them to its target (upserts for an upsert job). Rows that still fail stay quarantined, in the new run.</source>
        <translation>Pour chaque ligne qui n&apos;a pas pu être lue ou convertie&#xa0;: sa ligne (et son fichier), le numéro d&apos;enregistrement, la colonne, la raison et le texte brut. --export FILE les écrit toutes (ou la page --limit/--offset) en CSV avec les colonnes record_number,line,location,column,reason,raw, afin de pouvoir les corriger et les recharger.
--retry, une fois la source corrigée, recharge ces lignes&#xa0;: une nouvelle exécution de la même tâche ne lit que leurs enregistrements (par numéro d&apos;enregistrement&#xa0;; corrigez donc les lignes sur place sans en ajouter ni en supprimer), les convertit avec les types de l&apos;exécution RUN et les ajoute à sa cible (upsert pour une tâche en mode upsert). Les lignes qui échouent encore restent en quarantaine, dans la nouvelle exécution.</translation>
    </message>
    <message>
        <source>Load the quarantined rows again from the fixed source.</source>
        <translation>Recharger les lignes en quarantaine depuis la source corrigée.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>%1 for source &apos;%2&apos; (%3): </source>
        <translation>%1 pour la source &apos;%2&apos; (%3)&#xa0;: </translation>
    </message>
    <message>
        <source>%1 for source &apos;%2&apos; (%3, optional, Enter to skip): </source>
        <translation>%1 pour la source &apos;%2&apos; (%3, facultatif, Entrée pour passer)&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input is larger than %1 bytes; it should hold one line per secret field.</source>
        <translation>L&apos;entrée standard dépasse %1 octets&#xa0;; elle doit contenir une ligne par champ secret.</translation>
    </message>
    <message>
        <source>Line %1 of standard input sets &apos;%2&apos;, which is not a secret field; give it with --set %2=VALUE.</source>
        <translation>La ligne %1 de l&apos;entrée standard définit &apos;%2&apos;, qui n&apos;est pas un champ secret&#xa0;; indiquez-le avec --set %2=VALUE.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is one line too many: the secret fields of %2 sources are: %3.</source>
        <translation>La ligne %1 de l&apos;entrée standard est une ligne de trop&#xa0;: les champs secrets des sources de type %2 sont&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>SourceEditCommand</name>
    <message>
        <source>--set needs KEY=VALUE, e.g. --set path=data.csv; --set number %1 is not of that form.</source>
        <translation>--set attend KEY=VALUE, par ex. --set path=data.csv&#xa0;; le --set numéro %1 n&apos;a pas cette forme.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a secret field of %2, and secrets are never taken from the command line (they would stay in the shell history and be visible in the process list). Give it on standard input with --secret-stdin, or run the command in a terminal to be prompted for it.</source>
        <translation>&apos;%1&apos; est un champ secret du type %2, et les secrets ne sont jamais acceptés sur la ligne de commande (ils resteraient dans l&apos;historique du shell et seraient visibles dans la liste des processus). Fournissez-le sur l&apos;entrée standard avec --secret-stdin, ou lancez la commande dans un terminal pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>&apos;%1&apos; est indiqué deux fois.</translation>
    </message>
    <message>
        <source>%1 has no setting &apos;%2&apos;.</source>
        <translation>Le type %1 n&apos;a pas de paramètre &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) is not valid:
  %3
Run &apos;migrateiq-cli types %2&apos; for its settings.</source>
        <translation>La source &apos;%1&apos; (%2) n&apos;est pas valide&#xa0;:
  %3
Lancez &apos;migrateiq-cli types %2&apos; pour voir ses paramètres.</translation>
    </message>
    <message>
        <source>MIQ_SECRET_STORE=memory: the secrets are kept in this process&apos;s memory only and are forgotten when this command exits.</source>
        <translation>MIQ_SECRET_STORE=memory&#xa0;: les secrets sont gardés uniquement dans la mémoire de ce processus et sont oubliés à la fin de cette commande.</translation>
    </message>
    <message>
        <source>&apos;sources add&apos; needs --name and --type. Run &apos;migrateiq-cli sources add --help&apos; for usage.</source>
        <translation>&apos;sources add&apos; nécessite --name et --type. Lancez &apos;migrateiq-cli sources add --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Unknown connector type &apos;%1&apos;. Known types: %2 (see &apos;migrateiq-cli types&apos;).</source>
        <translation>Type de connecteur inconnu &apos;%1&apos;. Types connus&#xa0;: %2 (voir &apos;migrateiq-cli types&apos;).</translation>
    </message>
    <message>
        <source>%1 sources have no secret fields; leave out --secret-stdin.</source>
        <translation>Les sources de type %1 n&apos;ont pas de champ secret&#xa0;; omettez --secret-stdin.</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists in workspace &apos;%2&apos; (type %3). Choose another name, or change it with &apos;sources edit&apos;.</source>
        <translation>Une source nommée &apos;%1&apos; existe déjà dans l&apos;espace de travail &apos;%2&apos; (type %3). Choisissez un autre nom, ou modifiez-la avec &apos;sources edit&apos;.</translation>
    </message>
    <message>
        <source>Secret fields are read from standard input: pipe them in with --secret-stdin (one line per secret field, or KEY=VALUE lines), or run the command in a terminal to be prompted.</source>
        <translation>Les champs secrets sont lus sur l&apos;entrée standard&#xa0;: transmettez-les par un tube avec --secret-stdin (une ligne par champ secret, ou des lignes KEY=VALUE), ou lancez la commande dans un terminal pour qu&apos;ils vous soient demandés.</translation>
    </message>
    <message>
        <source>For migrateiq-cli the session is this one command: the secrets are lost when it exits.</source>
        <translation>Pour migrateiq-cli, la session se limite à cette commande&#xa0;: les secrets sont perdus à sa fin.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; was added without its secrets because the keychain could not store them. Fix the keychain, then run: migrateiq-cli sources edit &quot;%1&quot; --secret-stdin</source>
        <translation>La source &apos;%1&apos; a été ajoutée sans ses secrets, car le trousseau n&apos;a pas pu les enregistrer. Réparez le trousseau, puis lancez&#xa0;: migrateiq-cli sources edit &quot;%1&quot; --secret-stdin</translation>
    </message>
    <message>
        <source>Added source &apos;%1&apos; (%2, #%3).</source>
        <translation>Source &apos;%1&apos; ajoutée (%2, #%3).</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has the connector type &apos;%2&apos;, which this version does not know.</source>
        <translation>La source &apos;%1&apos; a le type de connecteur &apos;%2&apos;, que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>--name needs a non-empty name.</source>
        <translation>--name nécessite un nom non vide.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set, --unset, --name or --secret-stdin.</source>
        <translation>Rien à modifier&#xa0;: indiquez --set, --unset, --name ou --secret-stdin.</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists.</source>
        <translation>Une source nommée &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>Cannot read the secrets of source &apos;%1&apos; (secret store: %2): %3 Nothing was changed.</source>
        <translation>Impossible de lire les secrets de la source &apos;%1&apos; (stockage des secrets&#xa0;: %2)&#xa0;: %3 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot store the secrets of source &apos;%1&apos;: %2 For migrateiq-cli the session is this one command, so they are lost; the source was not changed.</source>
        <translation>Impossible d&apos;enregistrer les secrets de la source &apos;%1&apos;&#xa0;: %2 Pour migrateiq-cli, la session se limite à cette commande, ils sont donc perdus&#xa0;; la source n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Updated source &apos;%1&apos;. Run &apos;migrateiq-cli sources test &quot;%1&quot;&apos; to check it.</source>
        <translation>Source &apos;%1&apos; mise à jour. Lancez &apos;migrateiq-cli sources test &quot;%1&quot;&apos; pour la vérifier.</translation>
    </message>
    <message>
        <source>A setting of the connector type (repeat for each; &apos;migrateiq-cli types&apos; lists them). Relative file paths are stored as absolute paths. An empty VALUE leaves the setting at its default.</source>
        <translation>Un paramètre du type de connecteur (à répéter pour chacun&#xa0;; &apos;migrateiq-cli types&apos; les liste). Les chemins de fichier relatifs sont enregistrés en chemins absolus. Une VALUE vide laisse le paramètre à sa valeur par défaut.</translation>
    </message>
    <message>
        <source>Read the secret fields from standard input: one line per secret field in the order &apos;types&apos; lists them (an empty line skips one), or KEY=VALUE lines. From a terminal, each is prompted for without echo.</source>
        <translation>Lire les champs secrets sur l&apos;entrée standard&#xa0;: une ligne par champ secret, dans l&apos;ordre où &apos;types&apos; les liste (une ligne vide en saute un), ou des lignes KEY=VALUE. Depuis un terminal, chacun est demandé sans écho.</translation>
    </message>
    <message>
        <source>Add a source to the workspace</source>
        <translation>Ajouter une source de données à l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The settings are checked against the type&apos;s fields: unknown keys, missing required fields, bad numbers and choices are refused (exit code 2). Secret fields (passwords, tokens) are never taken from --set: they are read from standard input with --secret-stdin, or prompted for without echo when standard input is a terminal; a required secret that cannot be read is an error. Secrets go to the system keychain, keyed by workspace and source; if the keychain cannot store them, the source is still added, without them, and the exit code is 4.

Example:
  migrateiq-cli sources add --name sales --type csv --set path=data/sales.csv --set delimiter=&apos;;&apos;
  printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | migrateiq-cli sources add --name crm --type postgres \
      --set host=db.local --set database=crm --set user=analyst --secret-stdin</source>
        <translation>Les paramètres sont vérifiés d&apos;après les champs du type&#xa0;: les clés inconnues, les champs obligatoires manquants, les nombres et les choix invalides sont refusés (code de sortie 2). Les champs secrets (mots de passe, jetons) ne sont jamais acceptés via --set&#xa0;: ils sont lus sur l&apos;entrée standard avec --secret-stdin, ou demandés sans écho si l&apos;entrée standard est un terminal&#xa0;; un secret obligatoire qui ne peut pas être lu est une erreur. Les secrets sont enregistrés dans le trousseau du système, par espace de travail et par source&#xa0;; si le trousseau ne peut pas les enregistrer, la source est tout de même ajoutée, sans eux, et le code de sortie est 4.

Exemple&#xa0;:
  migrateiq-cli sources add --name sales --type csv --set path=data/sales.csv --set delimiter=&apos;;&apos;
  printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | migrateiq-cli sources add --name crm --type postgres \
      --set host=db.local --set database=crm --set user=analyst --secret-stdin</translation>
    </message>
    <message>
        <source>Name of the new source (unique in the workspace, ignoring case).</source>
        <translation>Nom de la nouvelle source (unique dans l&apos;espace de travail, sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>Connector type, e.g. csv, json, sqlite, postgres (see &apos;migrateiq-cli types&apos;).</source>
        <translation>Type de connecteur, par ex. csv, json, sqlite, postgres (voir &apos;migrateiq-cli types&apos;).</translation>
    </message>
    <message>
        <source>Change a source&apos;s name, settings or secrets</source>
        <translation>Modifier le nom, les paramètres ou les secrets d&apos;une source</translation>
    </message>
    <message>
        <source>Settings not mentioned keep their values. Secrets change only with --secret-stdin (fields not given keep their stored value; a KEY= line clears one) or --unset KEY. The source&apos;s status goes back to untested.</source>
        <translation>Les paramètres non mentionnés gardent leur valeur. Les secrets ne changent qu&apos;avec --secret-stdin (les champs non fournis gardent leur valeur enregistrée&#xa0;; une ligne KEY= en efface un) ou --unset KEY. Le statut de la source repasse à «&#xa0;non testée&#xa0;».</translation>
    </message>
    <message>
        <source>New name of the source.</source>
        <translation>Nouveau nom de la source.</translation>
    </message>
    <message>
        <source>Remove a setting (back to its default) or a stored secret.</source>
        <translation>Supprimer un paramètre (retour à sa valeur par défaut) ou un secret enregistré.</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>No sources yet. Add one with: migrateiq-cli sources add --name NAME --type TYPE --set KEY=VALUE (see &apos;migrateiq-cli types&apos;).</source>
        <translation>Aucune source pour l&apos;instant. Ajoutez-en une avec&#xa0;: migrateiq-cli sources add --name NAME --type TYPE --set KEY=VALUE (voir &apos;migrateiq-cli types&apos;).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>CHECKED</source>
        <translation>DERNIER TEST</translation>
    </message>
    <message>
        <source>SETTINGS</source>
        <translation>PARAMÈTRES</translation>
    </message>
    <message>
        <source>Connection test of source &apos;%1&apos; failed: %2</source>
        <translation>Le test de connexion de la source &apos;%1&apos; a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: connection ok - %2</source>
        <translation>Source &apos;%1&apos;&#xa0;: connexion OK - %2</translation>
    </message>
    <message>
        <source>Cannot remove the secrets of source &apos;%1&apos; (secret store: %2): %3 The source was kept; fix the keychain and try again, or use --force to remove the source and leave its secrets in the keychain.</source>
        <translation>Impossible de supprimer les secrets de la source &apos;%1&apos; (stockage des secrets&#xa0;: %2)&#xa0;: %3 La source a été conservée&#xa0;; réparez le trousseau et réessayez, ou utilisez --force pour supprimer la source en laissant ses secrets dans le trousseau.</translation>
    </message>
    <message>
        <source>Cannot remove the secrets of source &apos;%1&apos; (secret store: %2): %3 They stay in the keychain under &apos;%4&apos;.</source>
        <translation>Impossible de supprimer les secrets de la source &apos;%1&apos; (stockage des secrets&#xa0;: %2)&#xa0;: %3 Ils restent dans le trousseau sous &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Removed source &apos;%1&apos;.</source>
        <translation>Source &apos;%1&apos; supprimée.</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(test du %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (unknown to this version)</source>
        <translation>%1 (inconnu de cette version)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>PARAMÈTRE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>set (secret)</source>
        <translation>défini (secret)</translation>
    </message>
    <message>
        <source>not set (secret)</source>
        <translation>non défini (secret)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>List the sources of the workspace</source>
        <translation>Lister les sources de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>One line per source: name, type, status of the last connection test, when it ran, and the non-secret settings. With --json, an array of the objects &apos;sources show --json&apos; prints.</source>
        <translation>Une ligne par source&#xa0;: nom, type, statut et date du dernier test de connexion, et les paramètres non secrets. Avec --json, un tableau des objets qu&apos;affiche &apos;sources show --json&apos;.</translation>
    </message>
    <message>
        <source>Show a source&apos;s settings and status</source>
        <translation>Afficher les paramètres et le statut d&apos;une source</translation>
    </message>
    <message>
        <source>Every setting of the source&apos;s type with its value or default; secret fields only as set or not set, never their values; the last connection test&apos;s status and message; when the source was created and last changed. NAME may also be #ID.</source>
        <translation>Chaque paramètre du type de la source avec sa valeur ou sa valeur par défaut&#xa0;; les champs secrets seulement comme définis ou non définis, jamais leur valeur&#xa0;; le statut et le message du dernier test de connexion&#xa0;; les dates de création et de dernière modification de la source. NAME peut aussi être #ID.</translation>
    </message>
    <message>
        <source>Test the connection of a source and record the result</source>
        <translation>Tester la connexion d&apos;une source et enregistrer le résultat</translation>
    </message>
    <message>
        <source>Connects with the stored settings and the secrets from the keychain, prints what was found (or the error, exit code 1) and records the result as the source&apos;s status. With --json the result object is printed in both cases.</source>
        <translation>Se connecte avec les paramètres enregistrés et les secrets du trousseau, affiche ce qui a été trouvé (ou l&apos;erreur, code de sortie 1) et enregistre le résultat comme statut de la source. Avec --json, l&apos;objet résultat est affiché dans les deux cas.</translation>
    </message>
    <message>
        <source>Remove a source and its secrets</source>
        <translation>Supprimer une source et ses secrets</translation>
    </message>
    <message>
        <source>Removes the source&apos;s secrets from the keychain, then the source. If the keychain fails, the source is kept (exit code 4) unless --force is given.</source>
        <translation>Supprime les secrets de la source du trousseau, puis la source. Si le trousseau échoue, la source est conservée (code de sortie 4), sauf si --force est indiqué.</translation>
    </message>
    <message>
        <source>Remove the source even when its secrets cannot be removed from the keychain.</source>
        <translation>Supprimer la source même si ses secrets ne peuvent pas être retirés du trousseau.</translation>
    </message>
</context>
<context>
    <name>SqlStreamReader</name>
    <message numerus="yes">
        <source>binary value of %n byte(s)</source>
        <translation>
            <numerusform>valeur binaire de %n octet</numerusform>
            <numerusform>valeur binaire de %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stream &apos;%1&apos; of source &apos;%2&apos; was cancelled.</source>
        <translation>La lecture du flux &apos;%1&apos; de la source &apos;%2&apos; a été annulée.</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not a timestamp (YYYY-MM-DD HH:MM:SS)</source>
        <translation>%1 n&apos;est pas un horodatage (AAAA-MM-JJ HH:MM:SS)</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>%1 in a text column</source>
        <translation>%1 dans une colonne de texte</translation>
    </message>
    <message>
        <source>unsupported column type</source>
        <translation>type de colonne non pris en charge</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of stream &apos;%2&apos;: %3</source>
        <translation>Colonne &apos;%1&apos; du flux &apos;%2&apos;&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SqliteCommittedRows</name>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>table &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>Cannot verify %1: rows committed before the end were not all read.</source>
        <translation>Impossible de vérifier %1&#xa0;: les lignes validées avant la fin n&apos;ont pas toutes été lues.</translation>
    </message>
    <message>
        <source>Cannot verify %1: %2</source>
        <translation>Impossible de vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verification failed: the rows of %1 changed after the run copied them (its last row is number %2, not %3).</source>
        <translation>Échec de la vérification&#xa0;: les lignes de %1 ont changé après la copie (sa dernière ligne porte le numéro %2, pas %3).</translation>
    </message>
    <message>
        <source>Verification failed: %1 is not the table the run loaded and read back.</source>
        <translation>Échec de la vérification&#xa0;: %1 n&apos;est pas la table que l&apos;exécution a chargée et relue.</translation>
    </message>
</context>
<context>
    <name>SqliteConnector</name>
    <message>
        <source>Cannot read stream &apos;%1&apos; of source &apos;%2&apos; (SQLite file &apos;%3&apos;): %4</source>
        <translation>Impossible de lire le flux &apos;%1&apos; de la source &apos;%2&apos; (fichier SQLite &apos;%3&apos;)&#xa0;: %4</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>Tables, views and an optional query of an SQLite database file. The file is opened read-only and never modified.</source>
        <translation>Tables, vues et une requête facultative d&apos;un fichier de base de données SQLite. Le fichier est ouvert en lecture seule et n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>The SQLite database file (.sqlite, .sqlite3, .db).</source>
        <translation>Le fichier de base de données SQLite (.sqlite, .sqlite3, .db).</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Optional SELECT statement, offered as an extra stream named &apos;query&apos;.</source>
        <translation>Instruction SELECT facultative, proposée comme flux supplémentaire nommé &apos;query&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1 of source &apos;%2&apos; (SQLite file &apos;%3&apos;): %4</source>
        <translation>Impossible de lire %1 de la source &apos;%2&apos; (fichier SQLite &apos;%3&apos;)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no SQLite file set.</source>
        <translation>Aucun fichier SQLite n&apos;est défini pour la source &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>SQLite file &apos;%1&apos; of source &apos;%2&apos; does not exist.</source>
        <translation>Le fichier SQLite &apos;%1&apos; de la source &apos;%2&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of source &apos;%2&apos; is a folder, not an SQLite file.</source>
        <translation>&apos;%1&apos; de la source &apos;%2&apos; est un dossier, pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>Cannot open source &apos;%1&apos;: the Qt SQLite driver (QSQLITE) is not installed (Debian/Ubuntu package libqt6sql6-sqlite).</source>
        <translation>Impossible d&apos;ouvrir la source &apos;%1&apos;&#xa0;: le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé (paquet Debian/Ubuntu libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open SQLite file &apos;%1&apos; of source &apos;%2&apos;: %3</source>
        <translation>Impossible d&apos;ouvrir le fichier SQLite &apos;%1&apos; de la source &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>SQLite file &apos;%1&apos; of source &apos;%2&apos; is not an SQLite database (%3).</source>
        <translation>Le fichier &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas une base de données SQLite (%3).</translation>
    </message>
    <message>
        <source>the list of tables</source>
        <translation>la liste des tables</translation>
    </message>
    <message>
        <source>the columns of &apos;%1&apos;</source>
        <translation>les colonnes de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the query</source>
        <translation>la requête</translation>
    </message>
    <message>
        <source>SQLite %1, tables: %2, views: %3</source>
        <translation>SQLite %1, tables&#xa0;: %2, vues&#xa0;: %3</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no table or view named &apos;%2&apos; (SQLite file &apos;%3&apos;).</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de table ou de vue nommée &apos;%2&apos; (fichier SQLite &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>stream &apos;%1&apos;</source>
        <translation>le flux &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it is a virtual table</source>
        <translation>c&apos;est une table virtuelle</translation>
    </message>
    <message>
        <source>it is a WITHOUT ROWID table</source>
        <translation>c&apos;est une table WITHOUT ROWID</translation>
    </message>
    <message>
        <source>its columns shadow every name of the rowid</source>
        <translation>ses colonnes masquent tous les noms du rowid</translation>
    </message>
    <message>
        <source>it is a query</source>
        <translation>c&apos;est une requête</translation>
    </message>
    <message>
        <source>it is a view</source>
        <translation>c&apos;est une vue</translation>
    </message>
    <message>
        <source>Stream &apos;%1&apos; of source &apos;%2&apos; cannot continue where the interrupted run stopped (%3); start over with --full.</source>
        <translation>Le flux &apos;%1&apos; de la source &apos;%2&apos; ne peut pas continuer là où l&apos;exécution interrompue s&apos;est arrêtée (%3)&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>Stream &apos;%1&apos; of source &apos;%2&apos; has changed since the interrupted run (its columns differ); start over with --full.</source>
        <translation>Le flux &apos;%1&apos; de la source &apos;%2&apos; a changé depuis l&apos;exécution interrompue (ses colonnes diffèrent)&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>SQLite file &apos;%1&apos; of source &apos;%2&apos; has changed since the interrupted run; table &apos;%3&apos; has no INTEGER PRIMARY KEY, so its rows may have been renumbered; start over with --full.</source>
        <translation>Le fichier SQLite &apos;%1&apos; de la source &apos;%2&apos; a changé depuis l&apos;exécution interrompue&#xa0;; la table &apos;%3&apos; n&apos;a pas d&apos;INTEGER PRIMARY KEY, ses lignes ont donc pu être renumérotées&#xa0;; recommencez avec --full.</translation>
    </message>
</context>
<context>
    <name>SqliteDestination</name>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>la table &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write record %1 to %2: %3</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loaded into the staging table %1, which replaces %2 when the run finishes.</source>
        <translation>Chargé dans la table intermédiaire %1, qui remplace %2 à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Table %1 exists and is compatible; rows are added to it.</source>
        <translation>La table %1 existe et est compatible&#xa0;; les lignes y sont ajoutées.</translation>
    </message>
    <message>
        <source>Cannot write to %1: no table name is set.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: aucun nom de table n&apos;est défini.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the table name &apos;%2&apos; is reserved for run checkpoints.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: le nom de table &apos;%2&apos; est réservé aux points de reprise des exécutions.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: it has no columns.</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; dans %2&#xa0;: elle n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>Cannot write table &apos;%1&apos; in %2: column &apos;%3&apos; appears twice (SQLite ignores case in names).</source>
        <translation>Impossible d&apos;écrire la table &apos;%1&apos; dans %2&#xa0;: la colonne &apos;%3&apos; apparaît deux fois (SQLite ignore la casse des noms).</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: no key columns are set.</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: aucune colonne clé n&apos;est définie.</translation>
    </message>
    <message>
        <source>Cannot upsert into table &apos;%1&apos; in %2: key column &apos;%3&apos; is not one of the columns.</source>
        <translation>Upsert impossible dans la table &apos;%1&apos; de %2&#xa0;: la colonne clé &apos;%3&apos; ne fait pas partie des colonnes.</translation>
    </message>
    <message>
        <source>Cannot start run &apos;%1&apos; on %2: run &apos;%3&apos; is still writing it.</source>
        <translation>Impossible de démarrer l&apos;exécution &apos;%1&apos; sur %2&#xa0;: l&apos;exécution &apos;%3&apos; est encore en train d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ouvrir &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: its table &apos;%2&apos; no longer exists. Start the run over.</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: sa table &apos;%2&apos; n&apos;existe plus. Recommencez l&apos;exécution.</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: %2</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot resume run &apos;%1&apos;: the unique index on the keys is gone.</source>
        <translation>impossible de reprendre l&apos;exécution &apos;%1&apos;&#xa0;: l&apos;index unique sur les clés a disparu.</translation>
    </message>
    <message>
        <source>cannot create a unique index on the key columns (%1) of the existing table, which upsert needs: %2. Remove the duplicate keys or choose other keys.</source>
        <translation>impossible de créer sur les colonnes clés (%1) de la table existante l&apos;index unique dont l&apos;upsert a besoin&#xa0;: %2. Supprimez les clés en double ou choisissez d&apos;autres clés.</translation>
    </message>
    <message>
        <source>key column &apos;%1&apos; is null, so the row cannot be matched for upsert.</source>
        <translation>la colonne clé &apos;%1&apos; est nulle, la ligne ne peut donc pas être rapprochée pour l&apos;upsert.</translation>
    </message>
    <message>
        <source>the value of column &apos;%1&apos; is out of range.</source>
        <translation>la valeur de la colonne &apos;%1&apos; est hors limites.</translation>
    </message>
    <message>
        <source>Cannot read %1 back: its run has not finished.</source>
        <translation>Impossible de relire %1&#xa0;: son exécution n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; back: no run has written it.</source>
        <translation>Impossible de relire &apos;%1&apos;&#xa0;: aucune exécution ne l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Reading %1 back cannot resume from a position.</source>
        <translation>La relecture de %1 ne peut pas reprendre à une position.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a view, not a table</source>
        <translation>&apos;%1&apos; est une vue, pas une table</translation>
    </message>
    <message>
        <source>the table has no column &apos;%1&apos;</source>
        <translation>la table n&apos;a pas de colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is declared &apos;%2&apos; (%3 affinity), which would not keep %4 values exactly; a new table would declare it %5</source>
        <translation>la colonne &apos;%1&apos; est déclarée &apos;%2&apos; (affinité %3), ce qui ne conserverait pas exactement les valeurs de type %4&#xa0;; une nouvelle table la déclarerait %5</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is NOT NULL without a default, and the target does not write it</source>
        <translation>la colonne &apos;%1&apos; est NOT NULL sans valeur par défaut, et la cible ne l&apos;écrit pas</translation>
    </message>
</context>
<context>
    <name>SqliteTableReader</name>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>la table &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>a %1 value where %2 was expected</source>
        <translation>une valeur %1 là où %2 était attendu</translation>
    </message>
    <message>
        <source>Reading %1 back was cancelled.</source>
        <translation>La relecture de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>verified: %1 rows, identical checksums on both sides</source>
        <translation>vérifiée&#xa0;: %1 lignes, sommes de contrôle identiques des deux côtés</translation>
    </message>
    <message>
        <source>verified: the destination holds %1 rows, including the %2 written by this run</source>
        <translation>vérifiée&#xa0;: la destination contient %1 lignes, dont les %2 écrites par cette exécution</translation>
    </message>
    <message>
        <source>MISMATCH: %1 rows were sent, the destination holds %2</source>
        <translation>ÉCART&#xa0;: %1 lignes envoyées, la destination en contient %2</translation>
    </message>
    <message>
        <source>MISMATCH in column(s): %1</source>
        <translation>ÉCART dans les colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>not verified (the run did not get that far)</source>
        <translation>non vérifiée (l&apos;exécution n&apos;est pas allée jusque-là)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>#%1 (resumed from its last checkpoint)</source>
        <translation>#%1 (reprise à son dernier point de reprise)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>one-shot (%1)</source>
        <translation>ponctuelle (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>%1 read, %2 written, %3 quarantined</source>
        <translation>%1 lues, %2 écrites, %3 en quarantaine</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>table &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Target table of a database destination (default: the stream&apos;s name).</source>
        <translation>Table cible d&apos;une destination base de données (par défaut&#xa0;: le nom du flux).</translation>
    </message>
    <message>
        <source>Fail the run at the first bad row (it is still quarantined). Default: quarantine bad rows and go on.</source>
        <translation>Faire échouer l&apos;exécution à la première ligne invalide (elle est quand même mise en quarantaine). Par défaut&#xa0;: mettre les lignes invalides en quarantaine et continuer.</translation>
    </message>
    <message>
        <source>Fail the run once more than N rows were quarantined (&apos;none&apos;: no limit).</source>
        <translation>Faire échouer l&apos;exécution dès que plus de N lignes ont été mises en quarantaine (&apos;none&apos;&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>Fail the run once more than P% of the rows read were quarantined (checked from 1000 rows on; &apos;none&apos;: no limit).</source>
        <translation>Faire échouer l&apos;exécution dès que plus de P&#xa0;% des lignes lues ont été mises en quarantaine (contrôlé à partir de 1000 lignes&#xa0;; &apos;none&apos;&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>Start over, even when an interrupted run of the same sync could be resumed.</source>
        <translation>Recommencer depuis le début, même si une exécution interrompue de la même synchronisation pourrait être reprise.</translation>
    </message>
    <message>
        <source>Rows between checkpoints (default %1): fewer mean less to redo after a crash, more a faster run.</source>
        <translation>Lignes entre deux points de reprise (par défaut&#xa0;: %1)&#xa0;: moins signifie moins à refaire après un plantage, plus une exécution plus rapide.</translation>
    </message>
    <message>
        <source>--mode must be replace, append or upsert, not &apos;%1&apos;.</source>
        <translation>--mode doit valoir replace, append ou upsert, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--max-errors must be a whole number of rows (0 or more) or &apos;none&apos;, not &apos;%1&apos;.</source>
        <translation>--max-errors doit être un nombre entier de lignes (0 ou plus) ou &apos;none&apos;, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--max-error-percent must be a number from 0 to 100 or &apos;none&apos;, not &apos;%1&apos;.</source>
        <translation>--max-error-percent doit être un nombre de 0 à 100 ou &apos;none&apos;, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--checkpoint-rows must be a whole number of rows (1 or more), not &apos;%1&apos;.</source>
        <translation>--checkpoint-rows doit être un nombre entier de lignes (1 ou plus), et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;. &apos;migrateiq-cli sources list&apos; shows the sources.</source>
        <translation>Il n&apos;y a pas de source nommée &apos;%1&apos; dans l&apos;espace de travail &apos;%2&apos;. &apos;migrateiq-cli sources list&apos; affiche les sources.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; give a file or the name of a source.</source>
        <translation>&apos;%1&apos; est un dossier&#xa0;; indiquez un fichier ou le nom d&apos;une source.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de fichier &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in workspace &apos;%2&apos;, and no file &apos;%1&apos;.</source>
        <translation>Il n&apos;y a ni source nommée &apos;%1&apos; dans l&apos;espace de travail &apos;%2&apos;, ni fichier &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; reads source #%2, which is no longer in the workspace. Give it another source with: migrateiq-cli jobs edit &quot;%1&quot; --source SOURCE</source>
        <translation>La tâche &apos;%1&apos; lit la source #%2, qui n&apos;est plus dans l&apos;espace de travail. Donnez-lui une autre source avec&#xa0;: migrateiq-cli jobs edit &quot;%1&quot; --source SOURCE</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos;: %2</source>
        <translation>Tâche &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream to read.</source>
        <translation>&apos;%1&apos; n&apos;a aucun flux à lire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no stream &apos;%2&apos;. Its streams: %3.</source>
        <translation>&apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;. Ses flux&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; is a folder; give a file.</source>
        <translation>La destination &apos;%1&apos; est un dossier&#xa0;; indiquez un fichier.</translation>
    </message>
    <message>
        <source>The folder of destination &apos;%1&apos; does not exist.</source>
        <translation>Le dossier de la destination &apos;%1&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no job named &apos;%1&apos; in workspace &apos;%2&apos;. &apos;migrateiq-cli jobs list&apos; shows the jobs.</source>
        <translation>Il n&apos;y a pas de tâche nommée &apos;%1&apos; dans l&apos;espace de travail &apos;%2&apos;. &apos;migrateiq-cli jobs list&apos; affiche les tâches.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run number; &apos;migrateiq-cli runs&apos; lists the runs.</source>
        <translation>&apos;%1&apos; n&apos;est pas un numéro d&apos;exécution&#xa0;; &apos;migrateiq-cli runs&apos; liste les exécutions.</translation>
    </message>
    <message>
        <source>There is no run #%1 in workspace &apos;%2&apos;. &apos;migrateiq-cli runs&apos; lists the runs.</source>
        <translation>Il n&apos;y a pas d&apos;exécution #%1 dans l&apos;espace de travail &apos;%2&apos;. &apos;migrateiq-cli runs&apos; liste les exécutions.</translation>
    </message>
    <message>
        <source>resuming interrupted run #%1 from its last checkpoint (%2 rows were done); --full starts over</source>
        <translation>reprise de l&apos;exécution interrompue #%1 à son dernier point de reprise (%2 lignes déjà traitées)&#xa0;; --full recommence depuis le début</translation>
    </message>
    <message>
        <source>migrateiq-cli: stopping at the next checkpoint; the run stays resumable (press Ctrl-C again to quit at once)</source>
        <translation>migrateiq-cli&#xa0;: arrêt au prochain point de reprise&#xa0;; l&apos;exécution pourra être reprise (appuyez de nouveau sur Ctrl-C pour quitter immédiatement)</translation>
    </message>
    <message>
        <source>Cannot record the run of &apos;%1&apos; in workspace &apos;%2&apos;: %3</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution de &apos;%1&apos; dans l&apos;espace de travail &apos;%2&apos;&#xa0;: %3</translation>
    </message>
    <message>
        <source>run #%1 was interrupted after %2 rows; to resume it from its last checkpoint, %3.</source>
        <translation>l&apos;exécution #%1 a été interrompue après %2 lignes&#xa0;; pour la reprendre à son dernier point de reprise, %3.</translation>
    </message>
    <message>
        <source>Run #%1 of &apos;%2&apos; failed: %3</source>
        <translation>L&apos;exécution #%1 de &apos;%2&apos; a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>1 row was quarantined; see `migrateiq-cli errors %1`.</source>
        <translation>1 ligne a été mise en quarantaine&#xa0;; voir `migrateiq-cli errors %1`.</translation>
    </message>
    <message>
        <source>%1 rows were quarantined; see `migrateiq-cli errors %2`.</source>
        <translation>%1 lignes ont été mises en quarantaine&#xa0;; voir `migrateiq-cli errors %2`.</translation>
    </message>
    <message>
        <source>Rows can only be upserted into a database destination (.sqlite, .sqlite3, .db); use replace or append for a file.</source>
        <translation>L&apos;upsert de lignes n&apos;est possible que vers une destination de type base de données (.sqlite, .sqlite3, .db)&#xa0;; utilisez replace ou append pour un fichier.</translation>
    </message>
    <message>
        <source>starting over (--full); interrupted run #%1 is marked cancelled</source>
        <translation>nouveau départ (--full)&#xa0;; l&apos;exécution interrompue #%1 est marquée comme annulée</translation>
    </message>
    <message>
        <source>replace (the default: loads a staging table and swaps it in at the end), append, or upsert (inserts or updates by --key; database destinations only).</source>
        <translation>replace (par défaut&#xa0;: charge une table intermédiaire et la substitue à la fin), append, ou upsert (insère ou met à jour selon --key&#xa0;; destinations de type base de données uniquement).</translation>
    </message>
    <message>
        <source>Key columns (target names, comma-separated) that identify a row, for upsert and for --cursor.</source>
        <translation>Colonnes clés (noms cibles, séparés par des virgules) qui identifient une ligne, pour l&apos;upsert et pour --cursor.</translation>
    </message>
    <message>
        <source>Incremental: a source column whose values only grow (an id, an updated_at). Each run loads the rows from the largest value earlier runs loaded, inclusively, and skips those it loaded already (by --key, else by the whole row). Implies --mode append unless --mode upsert is given; &apos;none&apos; turns it off.</source>
        <translation>Incrémental&#xa0;: une colonne source dont les valeurs ne font que croître (un id, un updated_at). Chaque exécution charge les lignes à partir de la plus grande valeur chargée par les exécutions précédentes, incluse, et ignore celles déjà chargées (selon --key, sinon selon la ligne entière). Implique --mode append sauf si --mode upsert est indiqué&#xa0;; &apos;none&apos; le désactive.</translation>
    </message>
    <message>
        <source>Declare the narrowest sizes the data needs (text lengths, decimal digits) and quarantine later values that do not fit. Default: text is unbounded and decimals get 38 digits, so later, longer values fit.</source>
        <translation>Déclarer les tailles les plus étroites dont les données ont besoin (longueurs de texte, chiffres décimaux) et mettre en quarantaine les valeurs ultérieures qui ne tiennent pas. Par défaut&#xa0;: le texte est illimité et les décimaux ont 38 chiffres, de sorte que des valeurs ultérieures plus longues tiennent.</translation>
    </message>
    <message>
        <source>The destination needs a file name or the name of a database source.</source>
        <translation>La destination nécessite un nom de fichier ou le nom d&apos;une source de base de données.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; (%2) cannot be written to; give a database source or a file.</source>
        <translation>Impossible d&apos;écrire dans la source &apos;%1&apos; (%2)&#xa0;; indiquez une source de base de données ou un fichier.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; writes to source #%2, which is no longer in the workspace. Give it another destination with: migrateiq-cli jobs edit &quot;%1&quot; --dest DEST</source>
        <translation>La tâche &apos;%1&apos; écrit dans la source #%2, qui n&apos;est plus dans l&apos;espace de travail. Donnez-lui une autre destination avec&#xa0;: migrateiq-cli jobs edit &quot;%1&quot; --dest DEST</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Destination &apos;%1&apos; is the file the sync reads from; write to another file.</source>
        <translation>La destination &apos;%1&apos; est le fichier que lit la synchronisation&#xa0;; écrivez dans un autre fichier.</translation>
    </message>
    <message>
        <source>sync %1 → %2</source>
        <translation>sync %1 → %2</translation>
    </message>
    <message>
        <source>Cannot sync: %1</source>
        <translation>Synchronisation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>run the same command again</source>
        <translation>relancez la même commande</translation>
    </message>
    <message>
        <source>Copy a source&apos;s stream, or a file, into a database or a file</source>
        <translation>Copier le flux d&apos;une source, ou un fichier, vers une base de données ou un fichier</translation>
    </message>
    <message>
        <source>SOURCE is a source of the workspace, optionally with &apos;:STREAM&apos; (default: its first stream); otherwise the argument is taken as a file whose type its suffix tells. DEST is a database source of the workspace (PostgreSQL, MySQL/MariaDB: a table in it, --table or the stream&apos;s name), or a file whose suffix picks the destination: .sqlite, .sqlite3 or .db (a table in an SQLite database, created when missing), .csv, .ndjson or .jsonl.
The whole stream is read once to infer the narrowest column types, then copied in batches with a checkpoint after each commit, and verified: row counts and checksums on both sides. Rows that cannot be read or converted are quarantined (see &apos;errors RUN&apos;) and the run goes on, unless the error policy says otherwise. The run is recorded in the workspace (&apos;runs&apos;).
Ctrl-C stops at the next checkpoint (exit code 130); running the same command again resumes there, with no row lost or doubled, as it does after a crash. --full starts over.
Exit code 1 when the run fails or its verification finds a mismatch.</source>
        <translation>SOURCE est une source de l&apos;espace de travail, éventuellement avec &apos;:STREAM&apos; (par défaut&#xa0;: son premier flux)&#xa0;; sinon, l&apos;argument est traité comme un fichier dont le type est déduit de l&apos;extension. DEST est une source de base de données de l&apos;espace de travail (PostgreSQL, MySQL/MariaDB&#xa0;: une table de celle-ci, --table ou le nom du flux), ou un fichier dont l&apos;extension détermine la destination&#xa0;: .sqlite, .sqlite3 ou .db (une table dans une base SQLite, créée si elle manque), .csv, .ndjson ou .jsonl.
Le flux entier est lu une fois pour déduire les types de colonnes les plus étroits, puis copié par lots avec un point de reprise après chaque commit, et vérifié&#xa0;: nombres de lignes et sommes de contrôle des deux côtés. Les lignes qui ne peuvent être lues ou converties sont mises en quarantaine (voir &apos;errors RUN&apos;) et l&apos;exécution continue, sauf si la politique d&apos;erreurs en décide autrement. L&apos;exécution est enregistrée dans l&apos;espace de travail (&apos;runs&apos;).
Ctrl-C s&apos;arrête au prochain point de reprise (code de sortie 130)&#xa0;; relancer la même commande reprend à cet endroit, sans ligne perdue ni doublée, comme après un plantage. --full recommence depuis le début.
Code de sortie 1 si l&apos;exécution échoue ou si sa vérification trouve une différence.</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>Source &apos;%1&apos; has no stream to copy.</source>
        <translation>La source &apos;%1&apos; n&apos;a aucun flux à copier.</translation>
    </message>
    <message>
        <source>Stopped while inferring the types of &apos;%1&apos;.</source>
        <translation>Arrêt pendant l&apos;inférence des types de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The type inference was stopped.</source>
        <translation>La détermination des types a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>Job &apos;%1&apos; cannot run: %2</source>
        <translation>La tâche &apos;%1&apos; ne peut pas s&apos;exécuter&#xa0;: %2</translation>
    </message>
    <message>
        <source>Inferring types</source>
        <translation>Inférence des types</translation>
    </message>
    <message>
        <source>The run was stopped while inferring types.</source>
        <translation>L&apos;exécution a été arrêtée pendant l&apos;inférence des types.</translation>
    </message>
    <message numerus="yes">
        <source>Inferred the types of %n column(s) from %1 rows.</source>
        <translation>
            <numerusform>Type de %n colonne déduit de %1 lignes.</numerusform>
            <numerusform>Types de %n colonnes déduits de %1 lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying rows</source>
        <translation>Copie des lignes</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; cannot resume mid-stream; copying from the start again.</source>
        <translation>La source &apos;%1&apos; ne peut pas reprendre en cours de flux&#xa0;; la copie recommence depuis le début.</translation>
    </message>
    <message>
        <source>Resuming after %1 rows.</source>
        <translation>Reprise après %1 lignes.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>The run was interrupted; it resumes after row %1.</source>
        <translation>L&apos;exécution a été interrompue&#xa0;; elle reprendra après la ligne %1.</translation>
    </message>
    <message>
        <source>The reader of &apos;%1&apos; stopped unexpectedly.</source>
        <translation>La lecture de &apos;%1&apos; s&apos;est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <source>Stopped at the first bad row (record %1: %2), as the job&apos;s error policy asks.</source>
        <translation>Arrêt à la première ligne invalide (enregistrement %1&#xa0;: %2), comme le demande la politique d&apos;erreurs de la tâche.</translation>
    </message>
    <message>
        <source>%1 rows were quarantined, more than the job&apos;s error budget of %2.</source>
        <translation>%1 lignes ont été mises en quarantaine, plus que le budget d&apos;erreurs de la tâche (%2).</translation>
    </message>
    <message>
        <source>%1% of the rows were quarantined, more than the job&apos;s error budget of %2%.</source>
        <translation>%1&#xa0;% des lignes ont été mises en quarantaine, plus que le budget d&apos;erreurs de la tâche (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; %3 quarantined.</source>
        <translation>%1 lignes copiées dans %2&#xa0;; %3 en quarantaine.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verification failed: %1 rows were sent but the destination holds %2.</source>
        <translation>Échec de la vérification&#xa0;: %1 lignes envoyées, mais la destination en contient %2.</translation>
    </message>
    <message>
        <source>Verification failed: the checksums of these columns differ: %1.</source>
        <translation>Échec de la vérification&#xa0;: les sommes de contrôle de ces colonnes diffèrent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Verified: %1 rows, identical checksums on both sides.</source>
        <translation>Vérifiée&#xa0;: %1 lignes, sommes de contrôle identiques des deux côtés.</translation>
    </message>
    <message>
        <source>Verified: the destination holds %1 rows, including the %2 written by this run.</source>
        <translation>Vérifiée&#xa0;: la destination contient %1 lignes, dont les %2 écrites par cette exécution.</translation>
    </message>
    <message>
        <source>Superseded by a new run started from the beginning.</source>
        <translation>Remplacée par une nouvelle exécution recommencée depuis le début.</translation>
    </message>
    <message>
        <source>Run #%1 of &apos;%2&apos; was interrupted; resume it (or start over) before loading quarantined rows again.</source>
        <translation>L&apos;exécution #%1 de &apos;%2&apos; a été interrompue&#xa0;; reprenez-la (ou recommencez) avant de recharger les lignes en quarantaine.</translation>
    </message>
    <message>
        <source>Run #%1 loaded %2 of the rows quarantined here again; %3 are still quarantined (see run #%1).</source>
        <translation>L&apos;exécution #%1 a rechargé %2 des lignes mises en quarantaine ici&#xa0;; %3 sont toujours en quarantaine (voir l&apos;exécution #%1).</translation>
    </message>
    <message>
        <source>Incremental: using the column types of the earlier runs instead of reading the whole stream again.</source>
        <translation>Incrémental&#xa0;: utilisation des types de colonnes des exécutions précédentes au lieu de relire tout le flux.</translation>
    </message>
    <message>
        <source>Run #%1 never reached its copy, so it has no rows to load again.</source>
        <translation>L&apos;exécution #%1 n&apos;a jamais atteint sa copie&#xa0;; elle n&apos;a donc aucune ligne à recharger.</translation>
    </message>
    <message numerus="yes">
        <source>Loading again the %n row(s) run #%1 quarantined, from the source as it is now.</source>
        <translation>
            <numerusform>Rechargement de la %n ligne mise en quarantaine par l&apos;exécution #%1, depuis la source dans son état actuel.</numerusform>
            <numerusform>Rechargement des %n lignes mises en quarantaine par l&apos;exécution #%1, depuis la source dans son état actuel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transient failure: %1 Trying again from the last checkpoint in %2 s (attempt %3 of %4).</source>
        <translation>Échec temporaire&#xa0;: %1 Nouvelle tentative depuis le dernier point de reprise dans %2 s (tentative %3 sur %4).</translation>
    </message>
    <message>
        <source>The cursor column &apos;%1&apos; is not among the columns the job copies.</source>
        <translation>La colonne curseur &apos;%1&apos; ne fait pas partie des colonnes que copie la tâche.</translation>
    </message>
    <message>
        <source>The key column &apos;%1&apos; is not among the columns the job copies.</source>
        <translation>La colonne clé &apos;%1&apos; ne fait pas partie des colonnes que copie la tâche.</translation>
    </message>
    <message>
        <source>The cursor column &apos;%1&apos; now holds %2 values, but the earlier runs compared %3 values; edit the job or load it in full to start a new series of runs.</source>
        <translation>La colonne curseur &apos;%1&apos; contient maintenant des valeurs %2, mais les exécutions précédentes comparaient des valeurs %3&#xa0;; modifiez la tâche ou chargez-la en entier pour commencer une nouvelle série d&apos;exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>Incremental: loading the rows whose &apos;%1&apos; is at least %2 (%n row(s) with that value were loaded before and are skipped).</source>
        <translation>
            <numerusform>Incrémental&#xa0;: chargement des lignes dont &apos;%1&apos; vaut au moins %2 (%n ligne avec cette valeur a déjà été chargée et est ignorée).</numerusform>
            <numerusform>Incrémental&#xa0;: chargement des lignes dont &apos;%1&apos; vaut au moins %2 (%n lignes avec cette valeur ont déjà été chargées et sont ignorées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Incremental: the first run of cursor column &apos;%1&apos; loads every row.</source>
        <translation>Incrémental&#xa0;: la première exécution avec la colonne curseur &apos;%1&apos; charge toutes les lignes.</translation>
    </message>
    <message>
        <source>Incremental: skipped %1 rows loaded by earlier runs; the next run starts at &apos;%2&apos; = %3.</source>
        <translation>Incrémental&#xa0;: %1 lignes chargées par des exécutions précédentes ignorées&#xa0;; la prochaine exécution commence à &apos;%2&apos; = %3.</translation>
    </message>
    <message>
        <source>(no value yet)</source>
        <translation>(pas encore de valeur)</translation>
    </message>
    <message>
        <source>Working out the column types of &apos;%1&apos;.</source>
        <translation>Détermination des types de colonnes de &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Took the types of %n column(s) as the source declares them.</source>
        <translation>
            <numerusform>Type de %n colonne repris tel que la source le déclare.</numerusform>
            <numerusform>Types de %n colonnes repris tels que la source les déclare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify while copying (%1); the table is read back at the end instead.</source>
        <translation>Impossible de vérifier pendant la copie (%1)&#xa0;; la table est relue à la fin à la place.</translation>
    </message>
    <message>
        <source>%1 rows were read back while copying, %2 were sent.</source>
        <translation>%1 lignes ont été relues pendant la copie, %2 ont été envoyées.</translation>
    </message>
    <message>
        <source>Verification while copying was not conclusive (%1); reading the table back.</source>
        <translation>La vérification pendant la copie n&apos;a pas été concluante (%1)&#xa0;; relecture de la table.</translation>
    </message>
</context>
<context>
    <name>TypesCommand</name>
    <message>
        <source>(one of: %1)</source>
        <translation>(parmi&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(de %1 à %2)</translation>
    </message>
    <message>
        <source>Unknown connector type &apos;%1&apos;. Known types: %2.</source>
        <translation>Type de connecteur inconnu &apos;%1&apos;. Types connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings (--set KEY=VALUE):</source>
        <translation>Paramètres (--set KEY=VALUE)&#xa0;:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>secret: read with --secret-stdin or prompted for, never --set</source>
        <translation>secret&#xa0;: lu avec --secret-stdin ou demandé, jamais via --set</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give settings with &apos;sources add --type TYPE --set KEY=VALUE&apos;. Secret fields are never taken from the command line: they are read with --secret-stdin or prompted for.</source>
        <translation>Indiquez les paramètres avec &apos;sources add --type TYPE --set KEY=VALUE&apos;. Les champs secrets ne sont jamais acceptés sur la ligne de commande&#xa0;: ils sont lus avec --secret-stdin ou demandés.</translation>
    </message>
    <message>
        <source>List the connector types and the settings each one takes</source>
        <translation>Lister les types de connecteur et les paramètres de chacun</translation>
    </message>
    <message>
        <source>For each connector type: its id (what &apos;sources add --type&apos; takes), the file suffixes it recognises, and its fields: key (what &apos;--set KEY=VALUE&apos; takes), kind, whether it is required or secret, its default and its help. With TYPE, only that type, with --json as an array of objects. Needs no workspace.</source>
        <translation>Pour chaque type de connecteur&#xa0;: son identifiant (ce qu&apos;accepte &apos;sources add --type&apos;), les extensions de fichier qu&apos;il reconnaît et ses champs&#xa0;: clé (ce qu&apos;accepte &apos;--set KEY=VALUE&apos;), nature, s&apos;il est obligatoire ou secret, sa valeur par défaut et son aide. Avec TYPE, seulement ce type&#xa0;; avec --json, sous forme de tableau d&apos;objets. Ne nécessite pas d&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>source &apos;%1&apos; (#%2)</source>
        <translation>source &apos;%1&apos; (#%2)</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>non testée</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: it is a folder, not a file.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; does not exist.</source>
        <translation>L&apos;espace de travail &apos;%1&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>Impossible de créer l&apos;espace de travail &apos;%1&apos;&#xa0;: le dossier &apos;%2&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: the folder &apos;%2&apos; is not writable.</source>
        <translation>Impossible de créer l&apos;espace de travail &apos;%1&apos;&#xa0;: le dossier &apos;%2&apos; n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is not a MigrateIQ workspace (it is not an SQLite database, or it is corrupt).</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: le fichier n&apos;est pas un espace de travail MigrateIQ (ce n&apos;est pas une base de données SQLite, ou il est corrompu).</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is read-only. Make it writable or copy it to a writable place.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: le fichier est en lecture seule. Rendez-le accessible en écriture ou copiez-le dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: its folder is read-only, and a workspace needs to write its journal beside it.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: son dossier est en lecture seule, et un espace de travail doit pouvoir écrire son journal à côté.</translation>
    </message>
    <message>
        <source>Cannot update workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de mettre à jour l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update workspace &apos;%1&apos; to schema version %2: %3</source>
        <translation>Impossible de mettre à jour l&apos;espace de travail &apos;%1&apos; vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot create workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de créer l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is locked by another program; close it there and try again.</source>
        <translation>L&apos;espace de travail &apos;%1&apos; est verrouillé par un autre programme&#xa0;; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is corrupt or not a workspace (%2).</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: le fichier est corrompu ou n&apos;est pas un espace de travail (%2).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: it is an SQLite database but not a MigrateIQ workspace.</source>
        <translation>Impossible d&apos;ouvrir &apos;%1&apos;&#xa0;: c&apos;est une base de données SQLite, mais pas un espace de travail MigrateIQ.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; was saved by a newer version of MigrateIQ (schema version %2; this version understands up to %3). Update MigrateIQ to open it.</source>
        <translation>L&apos;espace de travail &apos;%1&apos; a été enregistré par une version plus récente de MigrateIQ (version de schéma %2&#xa0;; cette version comprend jusqu&apos;à la %3). Mettez MigrateIQ à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: the file is corrupt (%2).</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: le fichier est corrompu (%2).</translation>
    </message>
    <message>
        <source>Cannot open workspace &apos;%1&apos;: its identity record is missing.</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail &apos;%1&apos;&#xa0;: son enregistrement d&apos;identité est manquant.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>Cannot read the sources of workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de lire les sources de l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read source #%1: %2</source>
        <translation>Impossible de lire la source #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no source #%1 in this workspace.</source>
        <translation>Il n&apos;y a pas de source #%1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read source &apos;%1&apos;: %2</source>
        <translation>Impossible de lire la source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no source named &apos;%1&apos; in this workspace.</source>
        <translation>Il n&apos;y a pas de source nommée &apos;%1&apos; dans cet espace de travail.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Une source doit avoir un nom.</translation>
    </message>
    <message>
        <source>A source named &apos;%1&apos; already exists.</source>
        <translation>Une source nommée &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>Cannot add source &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ajouter la source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save source &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer la source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove source &apos;%1&apos;: %2</source>
        <translation>Impossible de supprimer la source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record the test result of source #%1: %2</source>
        <translation>Impossible d&apos;enregistrer le résultat du test de la source #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit log of workspace &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit de l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log of workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le journal d&apos;audit de l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the masking salt of workspace &apos;%1&apos;: %2</source>
        <translation>Impossible de créer le sel de masquage de l&apos;espace de travail &apos;%1&apos;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MigrateIQ: move, verify and profile data.</source>
        <translation>MigrateIQ&#xa0;: déplacer, vérifier et profiler des données.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or fr.</source>
        <translation>Langue de l&apos;interface, par ex. de ou fr.</translation>
    </message>
    <message>
        <source>Workspace file (*.miq) to open or create; the demo workspace when omitted.</source>
        <translation>Fichier d&apos;espace de travail (*.miq) à ouvrir ou à créer&#xa0;; l&apos;espace de travail de démonstration s&apos;il est omis.</translation>
    </message>
    <message>
        <source>Workspace file to open or create.</source>
        <translation>Fichier d&apos;espace de travail à ouvrir ou à créer.</translation>
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
        <translation>%1&#xa0;:*</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation>%1 (%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>enregistré dans le trousseau&#xa0;; saisissez pour remplacer</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>miq::ErrorPolicyEdit</name>
    <message>
        <source>Quarantine bad rows and continue</source>
        <translation>Mettre les lignes invalides en quarantaine et continuer</translation>
    </message>
    <message>
        <source>Stop at the first bad row</source>
        <translation>Arrêter à la première ligne invalide</translation>
    </message>
    <message>
        <source>Stop after more bad rows than</source>
        <translation>Arrêter après plus de lignes invalides que</translation>
    </message>
    <message>
        <source>Stop when the share of bad rows exceeds</source>
        <translation>Arrêter quand la part de lignes invalides dépasse</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Checked once at least 1,000 rows were read</source>
        <translation>Vérifié dès qu&apos;au moins 1&#xa0;000 lignes ont été lues</translation>
    </message>
    <message>
        <source>Strict sizes</source>
        <translation>Tailles strictes</translation>
    </message>
    <message>
        <source>Declare the narrowest text lengths and decimal digits the data needs, and quarantine later values that do not fit. Unchecked, text is unbounded and decimals get 38 digits, so later, longer values fit.</source>
        <translation>Déclarer les longueurs de texte et chiffres décimaux les plus étroits dont les données ont besoin, et mettre en quarantaine les valeurs ultérieures qui ne tiennent pas. Sans cette option, le texte est illimité et les décimaux ont 38 chiffres, de sorte que des valeurs ultérieures plus longues tiennent.</translation>
    </message>
</context>
<context>
    <name>miq::JobDialog</name>
    <message>
        <source>Show &amp;DDL</source>
        <translation>&amp;Voir le DDL</translation>
    </message>
    <message>
        <source>Add Sync Job</source>
        <translation>Ajouter une tâche de synchronisation</translation>
    </message>
    <message>
        <source>Edit Sync Job &apos;%1&apos;</source>
        <translation>Modifier la tâche de synchronisation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(missing source #%1)</source>
        <translation>(source #%1 manquante)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>A CSV, JSON, NDJSON or SQLite file</source>
        <translation>Un fichier CSV, JSON, NDJSON ou SQLite</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the source file</source>
        <translation>Choisir le fichier source</translation>
    </message>
    <message>
        <source>A .sqlite/.db, .csv or .ndjson file</source>
        <translation>Un fichier .sqlite/.db, .csv ou .ndjson</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>Replace: load into a staging table, then swap it in</source>
        <translation>Remplacer&#xa0;: charger dans une table intermédiaire, puis la substituer</translation>
    </message>
    <message>
        <source>Append to what is there</source>
        <translation>Ajouter à l&apos;existant</translation>
    </message>
    <message>
        <source>Upsert: insert or update by key</source>
        <translation>Upsert&#xa0;: insérer ou mettre à jour selon la clé</translation>
    </message>
    <message>
        <source>The columns that identify a row; upsert updates the row with the same key</source>
        <translation>Les colonnes qui identifient une ligne&#xa0;; l&apos;upsert met à jour la ligne ayant la même clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;file:</source>
        <translation>&amp;Fichier source&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tream:</source>
        <translation>F&amp;lux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write mode:</source>
        <translation>&amp;Mode d&apos;écriture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key columns:</source>
        <translation>Col&amp;onnes clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bad rows:</source>
        <translation>Lignes &amp;invalides&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Colonnes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview of the rows as they would land&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu des lignes telles qu&apos;elles arriveraient&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Read the whole stream to infer the column types, and show the statement that creates the target</source>
        <translation>Lire le flux entier pour déduire les types de colonnes, et afficher l&apos;instruction qui crée la cible</translation>
    </message>
    <message>
        <source>Choose the file to read.</source>
        <translation>Choisissez le fichier à lire.</translation>
    </message>
    <message>
        <source>Looking at what the source contains…</source>
        <translation>Examen du contenu de la source…</translation>
    </message>
    <message>
        <source>This source has no streams.</source>
        <translation>Cette source n&apos;a aucun flux.</translation>
    </message>
    <message>
        <source>the stream&apos;s name</source>
        <translation>le nom du flux</translation>
    </message>
    <message>
        <source>Loading the first rows of &apos;%1&apos;…</source>
        <translation>Chargement des premières lignes de &apos;%1&apos;…</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), mapped. Column types are inferred from these rows only; a run infers them from every row.</source>
        <translation>
            <numerusform>%n ligne, après correspondance. Les types des colonnes sont déduits de cette seule ligne&#xa0;; une exécution les déduit de toutes les lignes.</numerusform>
            <numerusform>Les %n premières lignes, après correspondance. Les types des colonnes sont déduits de ces seules lignes&#xa0;; une exécution les déduit de toutes les lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>NDJSON file</source>
        <translation>Fichier NDJSON</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>Donnez un nom à la tâche.</translation>
    </message>
    <message>
        <source>Another job is already named &apos;%1&apos;.</source>
        <translation>Une autre tâche s&apos;appelle déjà &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The job&apos;s source #%1 no longer exists; choose another.</source>
        <translation>La source #%1 de la tâche n&apos;existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The destination must be a .sqlite/.db, .csv or .ndjson file.</source>
        <translation>La destination doit être un fichier .sqlite/.db, .csv ou .ndjson.</translation>
    </message>
    <message>
        <source>Upsert needs a SQLite destination: a CSV or NDJSON file can only be replaced or appended to.</source>
        <translation>L&apos;upsert nécessite une destination SQLite&#xa0;: un fichier CSV ou NDJSON peut seulement être remplacé ou complété.</translation>
    </message>
    <message>
        <source>The destination cannot be the source file.</source>
        <translation>La destination ne peut pas être le fichier source.</translation>
    </message>
    <message>
        <source>Key column &apos;%1&apos; is not one of the target columns.</source>
        <translation>La colonne clé &apos;%1&apos; ne fait pas partie des colonnes cibles.</translation>
    </message>
    <message>
        <source>Source File</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Destination File</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;CSV files (*.csv);;NDJSON files (*.ndjson *.jsonl)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db);;Fichiers CSV (*.csv);;Fichiers NDJSON (*.ndjson *.jsonl)</translation>
    </message>
    <message>
        <source>Reading every row of &apos;%1&apos; to infer the column types…</source>
        <translation>Lecture de toutes les lignes de &apos;%1&apos; pour déduire les types de colonnes…</translation>
    </message>
    <message>
        <source>Target of &apos;%1&apos;</source>
        <translation>Cible de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the new job</source>
        <translation>la nouvelle tâche</translation>
    </message>
    <message>
        <source>From a type inference over every row of the stream, with this mapping.</source>
        <translation>D&apos;après une inférence des types sur toutes les lignes du flux, avec cette correspondance.</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un fichier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Missing source #%1</source>
        <translation>Source #%1 manquante</translation>
    </message>
    <message>
        <source>Write into a table of a database source of the workspace, or into a file</source>
        <translation>Écrire dans une table d&apos;une source de base de données de l&apos;espace de travail, ou dans un fichier</translation>
    </message>
    <message>
        <source>Write &amp;to:</source>
        <translation>Écrire &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destination file:</source>
        <translation>Fichier de d&amp;estination&#xa0;:</translation>
    </message>
    <message>
        <source>The stream&apos;s name; &apos;schema.table&apos; picks a schema</source>
        <translation>Le nom du flux&#xa0;; &apos;schéma.table&apos; choisit un schéma</translation>
    </message>
    <message>
        <source>The job&apos;s destination source #%1 no longer exists; choose another.</source>
        <translation>La source de destination #%1 de la tâche n&apos;existe plus&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Incremental: a column whose values only grow (an id, an updated_at). Each run then loads the rows from the largest value earlier runs loaded, inclusively, skipping those it loaded already (by the key columns, else by the whole row).</source>
        <translation>Incrémental&#xa0;: une colonne dont les valeurs ne font que croître (un identifiant, un updated_at). Chaque exécution charge alors les lignes à partir de la plus grande valeur chargée par les exécutions précédentes, incluse, en sautant celles déjà chargées (par les colonnes clés, sinon par la ligne entière).</translation>
    </message>
    <message>
        <source>Incremental c&amp;ursor:</source>
        <translation>C&amp;urseur incrémental&#xa0;:</translation>
    </message>
    <message>
        <source>None: every run loads every row</source>
        <translation>Aucun&#xa0;: chaque exécution charge toutes les lignes</translation>
    </message>
</context>
<context>
    <name>miq::JobRunner</name>
    <message>
        <source>The run was cancelled before it started.</source>
        <translation>L&apos;exécution a été annulée avant de commencer.</translation>
    </message>
</context>
<context>
    <name>miq::JobsModel</name>
    <message>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>append</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>upsert by %1</source>
        <translation>upsert par %1</translation>
    </message>
    <message>
        <source>missing source #%1</source>
        <translation>source #%1 manquante</translation>
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
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source → Destination</source>
        <translation>Source → Destination</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; is running; cancel it first.</source>
        <translation>La tâche &apos;%1&apos; est en cours&#xa0;; annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Queued: waiting for a free slot</source>
        <translation>En file d&apos;attente&#xa0;: en attente d&apos;un emplacement libre</translation>
    </message>
</context>
<context>
    <name>miq::JobsPane</name>
    <message>
        <source>&amp;Add Job…</source>
        <translation>&amp;Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>&amp;Modifier la tâche…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Re&amp;move Job…</source>
        <translation>&amp;Supprimer la tâche…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the job; an interrupted run resumes from its last checkpoint</source>
        <translation>Exécuter la tâche&#xa0;; une exécution interrompue reprend à son dernier point de reprise</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>A&amp;nnuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run a failed, cancelled or interrupted job again; an interrupted run resumes</source>
        <translation>Exécuter de nouveau une tâche échouée, annulée ou interrompue&#xa0;; une exécution interrompue reprend</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Filter jobs (Ctrl+F)</source>
        <translation>Filtrer les tâches (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot Read Jobs</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Runs of &apos;%1&apos;</source>
        <translation>Exécutions de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No sync jobs yet. Add one with Job ▸ Add Job…</source>
        <translation>Aucune tâche de synchronisation pour le moment. Ajoutez-en une avec Tâche ▸ Ajouter une tâche…</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>Cannot Add Job</source>
        <translation>Impossible d&apos;ajouter la tâche</translation>
    </message>
    <message>
        <source>Added job &apos;%1&apos;.</source>
        <translation>Tâche &apos;%1&apos; ajoutée.</translation>
    </message>
    <message>
        <source>Cannot Save Job</source>
        <translation>Impossible d&apos;enregistrer la tâche</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; started running meanwhile; save it once the run ends.</source>
        <translation>La tâche &apos;%1&apos; a démarré entre-temps&#xa0;; enregistrez-la une fois l&apos;exécution terminée.</translation>
    </message>
    <message>
        <source>Saved job &apos;%1&apos;.</source>
        <translation>Tâche &apos;%1&apos; enregistrée.</translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Remove the sync job &apos;%1&apos;? Its definition is deleted; the data it wrote is not touched.</source>
        <translation>Supprimer la tâche de synchronisation &apos;%1&apos;&#xa0;? Sa définition est effacée&#xa0;; les données qu&apos;elle a écrites ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Cannot Remove Job</source>
        <translation>Impossible de supprimer la tâche</translation>
    </message>
    <message>
        <source>Removed job &apos;%1&apos;.</source>
        <translation>Tâche &apos;%1&apos; supprimée.</translation>
    </message>
    <message>
        <source>Cannot Run Job</source>
        <translation>Impossible d&apos;exécuter la tâche</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; reads a source that no longer exists: %2</source>
        <translation>La tâche &apos;%1&apos; lit une source qui n&apos;existe plus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Starting &apos;%1&apos;…</source>
        <translation>Démarrage de &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; did not start</source>
        <translation>La tâche &apos;%1&apos; n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Cancelling &apos;%1&apos;…</source>
        <translation>Annulation de &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; did not run</source>
        <translation>La tâche &apos;%1&apos; ne s&apos;est pas exécutée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; succeeded: %2 rows written, %3 quarantined</source>
        <translation>&apos;%1&apos; réussie&#xa0;: %2 lignes écrites, %3 en quarantaine</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was interrupted after %2 rows; run it again to resume.</source>
        <translation>&apos;%1&apos; a été interrompue après %2 lignes&#xa0;; exécutez-la de nouveau pour reprendre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled.</source>
        <translation>&apos;%1&apos; a été annulée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync job finished</source>
        <translation>Tâche de synchronisation terminée</translation>
    </message>
    <message>
        <source>Sync job ended</source>
        <translation>Tâche de synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; writes to a source that no longer exists: %2</source>
        <translation>La tâche &apos;%1&apos; écrit dans une source qui n&apos;existe plus&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>miq::JsonConnector</name>
    <message>
        <source>JSON file (array or NDJSON)</source>
        <translation>Fichier JSON (tableau ou NDJSON)</translation>
    </message>
    <message>
        <source>Records from a JSON file: an array of objects, an array inside a wrapper object, or newline-delimited JSON (NDJSON, JSON Lines). Nested objects become dotted columns; arrays are kept as JSON text.</source>
        <translation>Enregistrements d&apos;un fichier JSON&#xa0;: un tableau d&apos;objets, un tableau dans un objet englobant, ou du JSON délimité par des sauts de ligne (NDJSON, JSON Lines). Les objets imbriqués deviennent des colonnes en notation pointée&#xa0;; les tableaux restent du texte JSON.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The .json, .ndjson or .jsonl file to read.</source>
        <translation>Le fichier .json, .ndjson ou .jsonl à lire.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>auto: tell from the content; array: a JSON array of objects; ndjson: one object per line.</source>
        <translation>auto&#xa0;: déterminé d&apos;après le contenu&#xa0;; array&#xa0;: un tableau JSON d&apos;objets&#xa0;; ndjson&#xa0;: un objet par ligne.</translation>
    </message>
    <message>
        <source>Records path</source>
        <translation>Chemin des enregistrements</translation>
    </message>
    <message>
        <source>Dotted path to the array of records inside a top-level object, e.g. data.items. Leave empty when the records are at the top level.</source>
        <translation>Chemin en notation pointée vers le tableau d&apos;enregistrements dans un objet de premier niveau, par ex. data.items. Laissez vide si les enregistrements sont au premier niveau.</translation>
    </message>
    <message>
        <source>Flatten depth</source>
        <translation>Profondeur d&apos;aplatissement</translation>
    </message>
    <message>
        <source>How many levels of nested objects become dotted columns (customer.address.city); deeper objects stay JSON text. 0 keeps every nested object as JSON text.</source>
        <translation>Nombre de niveaux d&apos;objets imbriqués qui deviennent des colonnes en notation pointée (customer.address.city)&#xa0;; les objets plus profonds restent du texte JSON. 0 garde chaque objet imbriqué en texte JSON.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no file set.</source>
        <translation>Aucun fichier n&apos;est défini pour la source &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: the flatten depth must be a whole number from 0 to 64, not &apos;%2&apos;.</source>
        <translation>Source &apos;%1&apos;&#xa0;: la profondeur d&apos;aplatissement doit être un nombre entier de 0 à 64, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: a records path applies to a JSON document, not to NDJSON. Clear the records path or choose another format.</source>
        <translation>Source &apos;%1&apos;&#xa0;: un chemin d&apos;enregistrements s&apos;applique à un document JSON, pas à du NDJSON. Videz le chemin des enregistrements ou choisissez un autre format.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: unknown JSON format &apos;%2&apos; (expected auto, array or ndjson).</source>
        <translation>Source &apos;%1&apos;&#xa0;: format JSON inconnu &apos;%2&apos; (attendu&#xa0;: auto, array ou ndjson).</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>tableau JSON</translation>
    </message>
    <message>
        <source>JSON array at &apos;%1&apos;</source>
        <translation>tableau JSON à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>NDJSON</source>
        <translation>NDJSON</translation>
    </message>
    <message>
        <source>JSON objects</source>
        <translation>objets JSON</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sampled</source>
        <translation>
            <numerusform>%Ln enregistrement échantillonné</numerusform>
            <numerusform>%Ln enregistrements échantillonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement invalide</numerusform>
            <numerusform>%Ln enregistrements invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at line %1</source>
        <translation>JSON invalide à la ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1</source>
        <translation>
            <numerusform>%n colonne, %1</numerusform>
            <numerusform>%n colonnes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;; its only stream is &apos;%3&apos;.</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;&#xa0;; son seul flux est &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>miq::JsonInput</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
</context>
<context>
    <name>miq::JsonParser</name>
    <message>
        <source>the file could not be read further (%1)</source>
        <translation>le fichier n&apos;a pas pu être lu plus loin (%1)</translation>
    </message>
    <message>
        <source>unexpected end of file, expected %1</source>
        <translation>fin de fichier inattendue, attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected end of line, expected %1</source>
        <translation>fin de ligne inattendue, attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation>un caractère non ASCII</translation>
    </message>
    <message>
        <source>the control character 0x%1</source>
        <translation>le caractère de contrôle 0x%1</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>virgule manquante</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep</source>
        <translation>les valeurs sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>une clé (chaîne)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; après la clé</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>quatre chiffres hexadécimaux après \u</translation>
    </message>
    <message>
        <source>an escape sequence (\&quot; \\ \/ \b \f \n \r \t or \u)</source>
        <translation>une séquence d&apos;échappement (\&quot; \\ \/ \b \f \n \r \t ou \u)</translation>
    </message>
    <message>
        <source>the closing quote of the string</source>
        <translation>le guillemet fermant de la chaîne</translation>
    </message>
    <message>
        <source>line break inside a string (is a closing quote missing?)</source>
        <translation>saut de ligne dans une chaîne (manque-t-il un guillemet fermant&#xa0;?)</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string must be escaped</source>
        <translation>le caractère de contrôle 0x%1 doit être échappé dans une chaîne</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>les nombres ne doivent pas avoir de zéros en tête</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>un chiffre après le point décimal</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>un chiffre dans l&apos;exposant</translation>
    </message>
</context>
<context>
    <name>miq::JsonRecordScanner</name>
    <message>
        <source>a JSON %1</source>
        <translation>une valeur JSON de type %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (source &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; (source &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ouvrir &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos; (source &apos;%2&apos;): %3</source>
        <translation>Impossible d&apos;ouvrir &apos;%1&apos; (source &apos;%2&apos;)&#xa0;: %3</translation>
    </message>
    <message>
        <source>an object holding &apos;%1&apos;</source>
        <translation>un objet contenant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;[&apos; starting an array of records</source>
        <translation>&apos;[&apos; ouvrant un tableau d&apos;enregistrements</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>une clé (chaîne)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; après la clé</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an array of records</source>
        <translation>&apos;%1&apos; est %2, et non un tableau d&apos;enregistrements</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an object</source>
        <translation>&apos;%1&apos; est %2, et non un objet</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>virgule manquante</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; in the file (check the records path)</source>
        <translation>&apos;%1&apos; est absent du fichier (vérifiez le chemin des enregistrements)</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>texte inattendu après la fin du tableau</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message>
        <source>unexpected text after the record (column %1)</source>
        <translation>texte inattendu après l&apos;enregistrement (colonne %1)</translation>
    </message>
    <message>
        <source>expected a JSON object but found %1</source>
        <translation>attendu&#xa0;: un objet JSON&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invalid JSON in %1 at line %2, column %3: %4</source>
        <translation>JSON invalide dans %1 à la ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot read records from %1: %2</source>
        <translation>Impossible de lire les enregistrements de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>miq::JsonResumeToken</name>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>La position enregistrée de %1 est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>un fichier JSON</translation>
    </message>
</context>
<context>
    <name>miq::JsonStreamReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>unexpected field &apos;%1&apos;: the file has more than %2 distinct fields (a lower flatten depth keeps nested objects as text)</source>
        <translation>champ inattendu &apos;%1&apos;&#xa0;: le fichier a plus de %2 champs distincts (une profondeur d&apos;aplatissement plus faible garde les objets imbriqués en texte)</translation>
    </message>
    <message>
        <source>The settings of %1 have changed since the interrupted run; start over with --full.</source>
        <translation>Les paramètres de %1 ont changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>%1 has changed since the interrupted run; start over with --full.</source>
        <translation>%1 a changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>La position enregistrée de %1 est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>Cannot continue reading %1 at the saved position; start over with --full.</source>
        <translation>Impossible de continuer la lecture de %1 à la position enregistrée&#xa0;; recommencez avec --full.</translation>
    </message>
</context>
<context>
    <name>miq::KeychainSecretStore</name>
    <message>
        <source>no details given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>The system keychain has no such entry: %1</source>
        <translation>Le trousseau du système ne contient pas cette entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry: %1</source>
        <translation>Le trousseau du système n&apos;a pas pu supprimer l&apos;entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused at its prompt: %1</source>
        <translation>L&apos;accès au trousseau du système a été refusé lors de sa demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain denied access (it may be locked): %1</source>
        <translation>Le trousseau du système a refusé l&apos;accès (il est peut-être verrouillé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer: %1</source>
        <translation>Aucun trousseau du système n&apos;est disponible sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain does not support this operation on this platform: %1</source>
        <translation>Le trousseau du système ne prend pas en charge cette opération sur cette plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an unknown error (code %1): %2</source>
        <translation>Le trousseau du système a signalé une erreur inconnue (code %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the secret &quot;%1&quot;.</source>
        <translation>Impossible de lire le secret &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not save the secret &quot;%1&quot;.</source>
        <translation>Impossible d&apos;enregistrer le secret &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not delete the secret &quot;%1&quot;.</source>
        <translation>Impossible de supprimer le secret &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what failed, then why</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 (it may be locked or waiting for a password prompt).</source>
        <translation>Le trousseau du système n&apos;a pas répondu dans un délai de %1 (il est peut-être verrouillé ou en attente d&apos;une saisie de mot de passe).</translation>
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
        <translation>Sources</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MigrateIQ</source>
        <translation>À &amp;propos de MigrateIQ</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Cannot Read Sources</source>
        <translation>Impossible de lire les sources</translation>
    </message>
    <message>
        <source>%1 — MigrateIQ</source>
        <translation>%1 — MigrateIQ</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>MigrateIQ workspaces (*.miq)</source>
        <translation>Espaces de travail MigrateIQ (*.miq)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists. Use Open Workspace to open it.</source>
        <translation>&apos;%1&apos; existe déjà. Utilisez «&#xa0;Ouvrir un espace de travail&#xa0;» pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>MigrateIQ workspaces (*.miq);;All files (*)</source>
        <translation>Espaces de travail MigrateIQ (*.miq);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About MigrateIQ</source>
        <translation>À propos de MigrateIQ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MigrateIQ %1&lt;/h3&gt;&lt;p&gt;Move data between systems and trust what arrived.&lt;/p&gt;&lt;p&gt;Secrets are kept in: %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MigrateIQ %1&lt;/h3&gt;&lt;p&gt;Déplacez des données entre systèmes et fiez-vous à ce qui est arrivé.&lt;/p&gt;&lt;p&gt;Les secrets sont conservés dans&#xa0;: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message>
        <source>Sync jobs of this workspace are running. Interrupt them to open another workspace? They resume from their last checkpoint when run again.</source>
        <translation>Des tâches de synchronisation de cet espace de travail sont en cours. Les interrompre pour ouvrir un autre espace de travail&#xa0;? Elles reprendront à leur dernier point de reprise lors de leur prochaine exécution.</translation>
    </message>
    <message>
        <source>Cannot Read Jobs</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <source>Stopping the running jobs at their last checkpoint…</source>
        <translation>Arrêt des tâches en cours à leur dernier point de reprise…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
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
        <translation>aucun</translation>
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
        <translation>Nommez la colonne constante.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is not in the source any more; exclude it.</source>
        <translation>La colonne &apos;%1&apos; n&apos;est plus dans la source&#xa0;; excluez-la.</translation>
    </message>
    <message>
        <source>Two columns would be named &apos;%1&apos;.</source>
        <translation>Deux colonnes s&apos;appelleraient &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; is reserved for the run metadata.</source>
        <translation>La colonne &apos;%1&apos; est réservée aux métadonnées de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Include at least one column.</source>
        <translation>Incluez au moins une colonne.</translation>
    </message>
    <message>
        <source>= &apos;%1&apos;</source>
        <translation>= &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The source has no column &apos;%1&apos; any more.</source>
        <translation>La source n&apos;a plus de colonne &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A constant column: every row gets this value. Double-click to change it.</source>
        <translation>Une colonne constante&#xa0;: chaque ligne reçoit cette valeur. Double-cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>%1 (%2 in the source)</source>
        <translation>%1 (%2 dans la source)</translation>
    </message>
    <message>
        <source>&apos;auto&apos; takes the narrowest type that holds every value of the column.</source>
        <translation>&apos;auto&apos; prend le type le plus étroit qui contient toutes les valeurs de la colonne.</translation>
    </message>
    <message>
        <source>hash: SHA-256 with this workspace&apos;s salt (joinable, not reversible); redact: a fixed marker.</source>
        <translation>hash&#xa0;: SHA-256 avec le sel de cet espace de travail (joignable, non réversible)&#xa0;; redact&#xa0;: un marqueur fixe.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne source</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Nom cible</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message numerus="yes">
        <source>%n preview row(s) would be quarantined; the first (record %1): %2</source>
        <translation>
            <numerusform>%n ligne d&apos;aperçu serait mise en quarantaine (enregistrement %1)&#xa0;: %2</numerusform>
            <numerusform>%n lignes d&apos;aperçu seraient mises en quarantaine&#xa0;; la première (enregistrement %1)&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::MappingTable</name>
    <message>
        <source>Add &amp;Constant Column</source>
        <translation>Ajouter une colonne &amp;constante</translation>
    </message>
    <message>
        <source>Remove Constant</source>
        <translation>Supprimer la constante</translation>
    </message>
    <message>
        <source>Add the run &amp;id (%1)</source>
        <translation>Ajouter l&apos;id&amp;entifiant de l&apos;exécution (%1)</translation>
    </message>
    <message>
        <source>Add the &amp;load time (%1)</source>
        <translation>Ajouter l&apos;&amp;heure de chargement (%1)</translation>
    </message>
    <message>
        <source>A column with the same value on every row</source>
        <translation>Une colonne avec la même valeur sur chaque ligne</translation>
    </message>
</context>
<context>
    <name>miq::MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
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
        <translation>(jeu de données)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Par année</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Valeurs les plus fréquentes</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Date distribution</source>
        <translation>Distribution des dates</translation>
    </message>
    <message>
        <source>Values that do not fit the type</source>
        <translation>Valeurs non conformes au type</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Select a column to see its details.</source>
        <translation>Sélectionnez une colonne pour voir ses détails.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>%1, %2 of values fit (delivered as %3)</source>
        <translation>%1, %2 des valeurs conformes (fourni comme %3)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>%1 (%2 of values)</source>
        <translation>%1 (%2 des valeurs)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>yes — mask or hash it when you copy it</source>
        <translation>oui — masquez-la ou hachez-la lors de la copie</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Valeurs nulles</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Valeurs vides</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>Unique / duplicates</source>
        <translation>Uniques / doublons</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Zeros / negatives</source>
        <translation>Zéros / négatifs</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation>Kurtosis</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Quantiles (estimated)</source>
        <translation>Quantiles (estimés)</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valeurs aberrantes</translation>
    </message>
    <message>
        <source>%1 outside 1.5 IQR</source>
        <translation>%1 hors de 1,5 IQR</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>%1 to %2, mean %3</source>
        <translation>%1 à %2, moyenne %3</translation>
    </message>
    <message>
        <source>Leading / trailing spaces</source>
        <translation>Espaces en début / fin</translation>
    </message>
    <message>
        <source>Upper / lower / mixed case</source>
        <translation>Majuscules / minuscules / mixte</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Non-ASCII / control characters</source>
        <translation>Caractères non ASCII / de contrôle</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Date formats</source>
        <translation>Formats de date</translation>
    </message>
    <message>
        <source>Day/month order</source>
        <translation>Ordre jour/mois</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Suggested SQL type</source>
        <translation>Type SQL suggéré</translation>
    </message>
    <message>
        <source>PostgreSQL %1 · SQLite %2 · MySQL %3</source>
        <translation>PostgreSQL %1 · SQLite %2 · MySQL %3</translation>
    </message>
    <message>
        <source>Overall %1</source>
        <translation>Global %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No quality scores for this column.</source>
        <translation>Aucun score de qualité pour cette colonne.</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Text lengths</source>
        <translation>Longueurs de texte</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 in %n bin(s)</source>
        <translation>
            <numerusform>%1 à %2 en %n classe</numerusform>
            <numerusform>%1 à %2 en %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values are not %2; examples as read:</source>
        <translation>%1 valeurs ne sont pas %2&#xa0;; exemples tels que lus&#xa0;:</translation>
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
        <translation>%1 valeurs présentes sur %2&#xa0;; %3 nulles, %4 vides</translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>Nombre exact</translation>
    </message>
    <message>
        <source>Estimated with HyperLogLog</source>
        <translation>Estimé avec HyperLogLog</translation>
    </message>
    <message>
        <source>%1 of the values fit; delivered as %2</source>
        <translation>%1 des valeurs conformes&#xa0;; fourni comme %2</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complètes</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>(dataset)</source>
        <translation>(jeu de données)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>miq::ProfileHeatmap</name>
    <message>
        <source>No correlations: the profile found fewer than two related columns.</source>
        <translation>Aucune corrélation&#xa0;: le profil a trouvé moins de deux colonnes liées.</translation>
    </message>
    <message>
        <source>%1 ~ %2
%3: %4</source>
        <translation>%1 ~ %2
%3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>miq::ProfileHistoryModel</name>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Only the first rows were read</source>
        <translation>Seules les premières lignes ont été lues</translation>
    </message>
    <message>
        <source>Every row was read</source>
        <translation>Toutes les lignes ont été lues</translation>
    </message>
    <message>
        <source>Profiled</source>
        <translation>Profilé le</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>miq::ProfileOverview</name>
    <message>
        <source>Quality scores</source>
        <translation>Scores de qualité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Missing values per column</source>
        <translation>Valeurs manquantes par colonne</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source>No profile selected. Choose a stream and press Start, or pick a saved profile.</source>
        <translation>Aucun profil sélectionné. Choisissez un flux et cliquez sur Lancer, ou choisissez un profil enregistré.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valeurs manquantes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>≈ </source>
        <translation>≈ </translation>
    </message>
    <message>
        <source>duplicate rows</source>
        <translation>lignes en double</translation>
    </message>
    <message>
        <source>malformed records set aside</source>
        <translation>enregistrements malformés mis de côté</translation>
    </message>
    <message>
        <source>overall quality</source>
        <translation>qualité globale</translation>
    </message>
    <message>
        <source>Sample of the first %1 rows</source>
        <translation>Échantillon des %1 premières lignes</translation>
    </message>
    <message>
        <source>Every row read</source>
        <translation>Toutes les lignes lues</translation>
    </message>
    <message>
        <source>profiled %1 in %2</source>
        <translation>profilé le %1 en %2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>no scores in this profile</source>
        <translation>aucun score dans ce profil</translation>
    </message>
    <message>
        <source>%1 missing (%2 null, %3 blank)</source>
        <translation>%1 manquantes (%2 nulles, %3 vides)</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>aucune colonne</translation>
    </message>
    <message>
        <source>% of values null or blank</source>
        <translation>% des valeurs nulles ou vides</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimé)</translation>
    </message>
    <message>
        <source>Candidate keys:</source>
        <translation>Clés candidates&#xa0;:</translation>
    </message>
    <message>
        <source>Missing together:</source>
        <translation>Manquantes ensemble&#xa0;:</translation>
    </message>
    <message>
        <source>complete rows</source>
        <translation>lignes complètes</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
</context>
<context>
    <name>miq::ProfilePane</name>
    <message>
        <source>&amp;Sample of the first</source>
        <translation>É&amp;chantillon des premières</translation>
    </message>
    <message>
        <source>Every &amp;row</source>
        <translation>&amp;Toutes les lignes</translation>
    </message>
    <message>
        <source>&amp;Start Profiling</source>
        <translation>&amp;Lancer le profilage</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Profile the chosen stream in the background; the result is saved in the workspace</source>
        <translation>Profiler le flux choisi en arrière-plan&#xa0;; le résultat est enregistré dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Cancel Profiling</source>
        <translation>&amp;Annuler le profilage</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export &amp;HTML Report…</source>
        <translation>Exporter le rapport &amp;HTML…</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected Profiles</source>
        <translation>&amp;Comparer les profils sélectionnés</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two profiles of the history to see what changed between them</source>
        <translation>Sélectionnez deux profils de l&apos;historique pour voir ce qui a changé entre eux</translation>
    </message>
    <message>
        <source>&amp;Remove Saved Profile…</source>
        <translation>&amp;Supprimer le profil enregistré…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tream:</source>
        <translation>F&amp;lux&#xa0;:</translation>
    </message>
    <message>
        <source>Filter columns by name, type or alert</source>
        <translation>Filtrer les colonnes par nom, type ou alerte</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>Select two profiles of the history to see what changed.</source>
        <translation>Sélectionnez deux profils de l&apos;historique pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>No data sources yet. Add one in the Sources pane to profile it.</source>
        <translation>Aucune source de données pour le moment. Ajoutez-en une dans le panneau Sources pour la profiler.</translation>
    </message>
    <message>
        <source>Looking at what &apos;%1&apos; contains…</source>
        <translation>Examen du contenu de &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>This source has no streams.</source>
        <translation>Cette source n&apos;a aucun flux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has not been profiled yet. Press Start.</source>
        <translation>&apos;%1&apos; n&apos;a pas encore été profilé. Cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>Profiles of &apos;%1&apos;</source>
        <translation>Profils de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Loading the profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Nothing worth noting changed from %1 to %2.</source>
        <translation>Rien de notable n&apos;a changé entre %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>What changed from %1 to %2: %n finding(s), most severe first.</source>
        <translation>
            <numerusform>Ce qui a changé entre %1 et %2&#xa0;: %n constat, les plus graves en premier.</numerusform>
            <numerusform>Ce qui a changé entre %1 et %2&#xa0;: %n constats, les plus graves en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting to profile &apos;%1&apos;…</source>
        <translation>Démarrage du profilage de &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos;: %2</source>
        <translation>Profilage de &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos; was cancelled.</source>
        <translation>Le profilage de &apos;%1&apos; a été annulé.</translation>
    </message>
    <message>
        <source>Profiling &apos;%1&apos; failed: %2</source>
        <translation>Le profilage de &apos;%1&apos; a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Profiled &apos;%1&apos;: %2 rows, %3 columns, %n alert(s) in %4.</source>
        <translation>
            <numerusform>&apos;%1&apos; profilé&#xa0;: %2 lignes, %3 colonnes, %n alerte en %4.</numerusform>
            <numerusform>&apos;%1&apos; profilé&#xa0;: %2 lignes, %3 colonnes, %n alertes en %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be saved: %1</source>
        <translation>Il n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>Exporter le rapport HTML</translation>
    </message>
    <message>
        <source>Export Profile as JSON</source>
        <translation>Exporter le profil en JSON</translation>
    </message>
    <message>
        <source>HTML reports (*.html *.htm)</source>
        <translation>Rapports HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation>Profil exporté vers %1.</translation>
    </message>
    <message>
        <source>Cannot Export Profile</source>
        <translation>Impossible d&apos;exporter le profil</translation>
    </message>
    <message>
        <source>Remove Saved Profiles</source>
        <translation>Supprimer les profils enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved profile(s) of &apos;%1&apos; from the workspace? The data is not touched.</source>
        <translation>
            <numerusform>Supprimer %n profil enregistré de &apos;%1&apos; de l&apos;espace de travail&#xa0;? Les données ne sont pas modifiées.</numerusform>
            <numerusform>Supprimer %n profils enregistrés de &apos;%1&apos; de l&apos;espace de travail&#xa0;? Les données ne sont pas modifiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>miq::QuarantineModel</name>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
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
        <translation>%1 a échoué&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed after %n attempts: %2.</source>
        <translation>
            <numerusform>%1 a échoué après %n tentative&#xa0;: %2.</numerusform>
            <numerusform>%1 a échoué après %n tentatives&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>OAuth token request</source>
        <translation>Demande de jeton OAuth</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>the response is larger than %n MiB; ask for smaller pages (page size)</source>
        <translation>
            <numerusform>la réponse dépasse %n Mio&#xa0;; demandez des pages plus petites (taille de page)</numerusform>
            <numerusform>la réponse dépasse %n Mio&#xa0;; demandez des pages plus petites (taille de page)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no response within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the server asks to wait %n second(s) before trying again</source>
        <translation>
            <numerusform>%1&#xa0;; le serveur demande d&apos;attendre %n seconde avant de réessayer</numerusform>
            <numerusform>%1&#xa0;; le serveur demande d&apos;attendre %n secondes avant de réessayer</numerusform>
        </translation>
    </message>
    <message>
        <source>the secure (TLS) connection to %1 failed: %2</source>
        <translation>la connexion sécurisée (TLS) à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the server running, and are the host and port right?)</source>
        <translation>la connexion à %1 a été refusée (le serveur est-il démarré, et l&apos;hôte et le port sont-ils corrects&#xa0;?)</translation>
    </message>
    <message>
        <source>the host name &apos;%1&apos; could not be resolved (DNS lookup failed; check the base URL)</source>
        <translation>le nom d&apos;hôte &apos;%1&apos; n&apos;a pas pu être résolu (échec de la résolution DNS&#xa0;; vérifiez l&apos;URL de base)</translation>
    </message>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>le serveur a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the token endpoint refused the request (%1); check the client ID, client secret, refresh token and scope</source>
        <translation>le point de terminaison des jetons a refusé la demande (%1)&#xa0;; vérifiez l&apos;ID client, le secret client, le jeton d&apos;actualisation et la portée</translation>
    </message>
    <message>
        <source>the token endpoint refused the request (%1, %2); check the client ID, client secret, refresh token and scope</source>
        <translation>le point de terminaison des jetons a refusé la demande (%1, %2)&#xa0;; vérifiez l&apos;ID client, le secret client, le jeton d&apos;actualisation et la portée</translation>
    </message>
    <message>
        <source>%1: the API needs authentication; choose one in the source settings</source>
        <translation>%1&#xa0;: l&apos;API exige une authentification&#xa0;; choisissez-en une dans les paramètres de la source</translation>
    </message>
    <message>
        <source>%1: the server refused the credentials (authentication %2); check them in the source settings</source>
        <translation>%1&#xa0;: le serveur a refusé les identifiants (authentification %2)&#xa0;; vérifiez-les dans les paramètres de la source</translation>
    </message>
    <message>
        <source>%1: the credentials were refused or have no access to this endpoint</source>
        <translation>%1&#xa0;: les identifiants ont été refusés ou n&apos;ont pas accès à ce point de terminaison</translation>
    </message>
    <message>
        <source>%1: check the base URL and the endpoint</source>
        <translation>%1&#xa0;: vérifiez l&apos;URL de base et le point de terminaison</translation>
    </message>
    <message>
        <source>%1: the API&apos;s rate limit was exceeded; set fewer requests per second</source>
        <translation>%1&#xa0;: la limite de débit de l&apos;API a été dépassée&#xa0;; réglez moins de requêtes par seconde</translation>
    </message>
    <message>
        <source>%1; the server said: &quot;%2&quot;</source>
        <translation>%1&#xa0;; le serveur a répondu&#xa0;: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>miq::RestConnector</name>
    <message>
        <source>REST API (JSON)</source>
        <translation>API REST (JSON)</translation>
    </message>
    <message>
        <source>Records from a JSON REST API: an endpoint read page by page, with API key, basic, bearer or OAuth 2.0 authentication. Nested objects become dotted columns; retries, rate limits and resuming are handled for you.</source>
        <translation>Enregistrements d&apos;une API REST JSON&#xa0;: un point de terminaison lu page par page, avec authentification par clé d&apos;API, basic, bearer ou OAuth 2.0. Les objets imbriqués deviennent des colonnes à notation pointée&#xa0;; les nouvelles tentatives, limites de débit et reprises sont gérées pour vous.</translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3, next page: %4</source>
        <translation>HTTP %1, %2, %3, page suivante&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on the first page</source>
        <translation>
            <numerusform>%n enregistrement sur la première page</numerusform>
            <numerusform>%n enregistrements sur la première page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n bad record(s)</source>
        <translation>
            <numerusform>%n enregistrement invalide</numerusform>
            <numerusform>%n enregistrements invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>more pages</source>
        <translation>autres pages</translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>plus de pages</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no stream &apos;%2&apos;; its only stream is &apos;%3&apos;.</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de flux &apos;%2&apos;&#xa0;; son seul flux est &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>miq::RestOAuth</name>
    <message>
        <source>the token endpoint did not answer with a JSON object</source>
        <translation>le point de terminaison des jetons n&apos;a pas répondu par un objet JSON</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer has no access_token</source>
        <translation>la réponse du point de terminaison des jetons ne contient pas d&apos;access_token</translation>
    </message>
    <message>
        <source>the token endpoint issued a &apos;%1&apos; token; only bearer tokens are supported</source>
        <translation>le point de terminaison des jetons a émis un jeton &apos;%1&apos;&#xa0;; seuls les jetons bearer sont pris en charge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>miq::RestPage</name>
    <message>
        <source>a JSON %1</source>
        <translation>une valeur JSON de type %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2 (byte offset %3): %4</source>
        <translation>JSON non valide à la ligne %1, colonne %2 (position %3 en octets)&#xa0;: %4</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a string key</source>
        <translation>une clé (chaîne)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; après la clé</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>virgule manquante</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the server sent HTML, not JSON (content type &apos;%1&apos;): &quot;%2&quot;</source>
        <translation>le serveur a envoyé du HTML, pas du JSON (type de contenu &apos;%1&apos;)&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the response is not JSON (content type &apos;%1&apos;): &quot;%2&quot;</source>
        <translation>la réponse n&apos;est pas du JSON (type de contenu &apos;%1&apos;)&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an object</source>
        <translation>&apos;%1&apos; est %2, et non un objet</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not a text or a number</source>
        <translation>&apos;%1&apos; contient %2, ni un texte ni un nombre</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; in the response (check the records path)</source>
        <translation>la réponse ne contient pas &apos;%1&apos; (vérifiez le chemin des enregistrements)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, not an array of records</source>
        <translation>&apos;%1&apos; est %2, et non un tableau d&apos;enregistrements</translation>
    </message>
    <message>
        <source>the response is %1, not an array or an object of records</source>
        <translation>la réponse est %1, ni un tableau ni un objet d&apos;enregistrements</translation>
    </message>
    <message>
        <source>unexpected text after the end of the array</source>
        <translation>texte inattendu après la fin du tableau</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected a JSON object but found %1</source>
        <translation>attendu&#xa0;: un objet JSON&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>miq::RestPaginator</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>cannot read the next cursor: %1</source>
        <translation>impossible de lire le curseur suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>the response gives the same cursor as the request (&apos;%1&apos;); reading stopped because it would never end (check the cursor path)</source>
        <translation>la réponse donne le même curseur que la requête (&apos;%1&apos;)&#xa0;; la lecture a été arrêtée car elle ne finirait jamais (vérifiez le chemin du curseur)</translation>
    </message>
    <message>
        <source>cannot read the next page&apos;s URL: %1</source>
        <translation>impossible de lire l&apos;URL de la page suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>the next page&apos;s URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>l&apos;URL de la page suivante &apos;%1&apos; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>the next page&apos;s URL is the URL of this page; reading stopped because it would never end</source>
        <translation>l&apos;URL de la page suivante est celle de cette page&#xa0;; la lecture a été arrêtée car elle ne finirait jamais</translation>
    </message>
</context>
<context>
    <name>miq::RestResumeToken</name>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>La position enregistrée de %1 est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>a REST API</source>
        <translation>une API REST</translation>
    </message>
</context>
<context>
    <name>miq::RestSettings</name>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The API&apos;s address, e.g. https://api.example.com/v1.</source>
        <translation>L&apos;adresse de l&apos;API, par ex. https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>The path of the records below the base URL, e.g. orders or /v2/items.</source>
        <translation>Le chemin des enregistrements sous l&apos;URL de base, par ex. orders ou /v2/items.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for search endpoints that take a request body.</source>
        <translation>GET pour la plupart des API&#xa0;; POST pour les points de terminaison de recherche qui attendent un corps de requête.</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>One &apos;Name: value&apos; per line, e.g. Accept-Language: en.</source>
        <translation>Un &apos;Nom: valeur&apos; par ligne, par ex. Accept-Language: en.</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>One &apos;key=value&apos; per line, sent with every request (values are URL-encoded for you).</source>
        <translation>Un &apos;clé=valeur&apos; par ligne, envoyé avec chaque requête (les valeurs sont encodées en URL pour vous).</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>The JSON body of a POST request.</source>
        <translation>Le corps JSON d&apos;une requête POST.</translation>
    </message>
    <message>
        <source>Records path</source>
        <translation>Chemin des enregistrements</translation>
    </message>
    <message>
        <source>Dotted path to the array of records in the response, e.g. data.items. Empty: the response is the array (or a single object).</source>
        <translation>Chemin pointé vers le tableau des enregistrements dans la réponse, par ex. data.items. Vide&#xa0;: la réponse est le tableau (ou un objet unique).</translation>
    </message>
    <message>
        <source>Flatten depth</source>
        <translation>Profondeur d&apos;aplatissement</translation>
    </message>
    <message>
        <source>How many levels of nested objects become dotted columns; deeper objects stay JSON text.</source>
        <translation>Nombre de niveaux d&apos;objets imbriqués qui deviennent des colonnes pointées&#xa0;; les objets plus profonds restent du texte JSON.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>none; api_key_header / api_key_query: an API key; basic: user name and password; bearer: a token; oauth_client_credentials / oauth_refresh_token: OAuth 2.0 (the token is fetched and renewed for you).</source>
        <translation>none&#xa0;; api_key_header / api_key_query&#xa0;: une clé d&apos;API&#xa0;; basic&#xa0;: nom d&apos;utilisateur et mot de passe&#xa0;; bearer&#xa0;: un jeton&#xa0;; oauth_client_credentials / oauth_refresh_token&#xa0;: OAuth 2.0 (le jeton est obtenu et renouvelé pour vous).</translation>
    </message>
    <message>
        <source>API key name</source>
        <translation>Nom de la clé d&apos;API</translation>
    </message>
    <message>
        <source>The header (default X-API-Key) or query parameter (default api_key) that carries the API key.</source>
        <translation>L&apos;en-tête (par défaut X-API-Key) ou le paramètre de requête (par défaut api_key) qui porte la clé d&apos;API.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>For basic authentication.</source>
        <translation>Pour l&apos;authentification basic.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>For basic authentication; stored in the system keychain.</source>
        <translation>Pour l&apos;authentification basic&#xa0;; enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>Sent as &apos;Authorization: Bearer&apos;; stored in the system keychain.</source>
        <translation>Envoyé comme &apos;Authorization: Bearer&apos;&#xa0;; enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>OAuth 2.0: where access tokens are requested.</source>
        <translation>OAuth 2.0&#xa0;: là où les jetons d&apos;accès sont demandés.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>OAuth 2.0 client identifier.</source>
        <translation>Identifiant client OAuth 2.0.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>OAuth 2.0 client secret (optional with a refresh token); stored in the system keychain.</source>
        <translation>Secret client OAuth 2.0 (facultatif avec un jeton d&apos;actualisation)&#xa0;; enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>OAuth 2.0 scopes, separated by spaces (optional).</source>
        <translation>Portées OAuth 2.0, séparées par des espaces (facultatif).</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>OAuth 2.0 refresh token; stored in the system keychain.</source>
        <translation>Jeton d&apos;actualisation OAuth 2.0&#xa0;; enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>How the next page is requested: page_number, offset_limit, a cursor from the body, a next URL from the body, or the Link header. Reading stops at a page without records or without a next page.</source>
        <translation>Comment la page suivante est demandée&#xa0;: page_number, offset_limit, un curseur tiré du corps, une URL suivante tirée du corps, ou l&apos;en-tête Link. La lecture s&apos;arrête à une page sans enregistrements ou sans page suivante.</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Paramètre de page</translation>
    </message>
    <message>
        <source>page_number: the parameter of the page number.</source>
        <translation>page_number&#xa0;: le paramètre du numéro de page.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>page_number: the number of the first page (0 or 1).</source>
        <translation>page_number&#xa0;: le numéro de la première page (0 ou 1).</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Paramètre de taille de page</translation>
    </message>
    <message>
        <source>page_number: the parameter of the page size, e.g. per_page (optional).</source>
        <translation>page_number&#xa0;: le paramètre de la taille de page, par ex. per_page (facultatif).</translation>
    </message>
    <message>
        <source>Page size / limit</source>
        <translation>Taille de page / limite</translation>
    </message>
    <message>
        <source>Records per page: sent as the page size or the limit.</source>
        <translation>Enregistrements par page&#xa0;: envoyé comme taille de page ou comme limite.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Paramètre d&apos;offset</translation>
    </message>
    <message>
        <source>offset_limit: the parameter of the offset.</source>
        <translation>offset_limit&#xa0;: le paramètre de l&apos;offset.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>Paramètre de limite</translation>
    </message>
    <message>
        <source>offset_limit: the parameter of the limit.</source>
        <translation>offset_limit&#xa0;: le paramètre de la limite.</translation>
    </message>
    <message>
        <source>Cursor path</source>
        <translation>Chemin du curseur</translation>
    </message>
    <message>
        <source>cursor: dotted path to the next cursor in the response, e.g. meta.next_cursor.</source>
        <translation>cursor&#xa0;: chemin pointé vers le curseur suivant dans la réponse, par ex. meta.next_cursor.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Paramètre de curseur</translation>
    </message>
    <message>
        <source>cursor: the parameter the cursor is sent back in, e.g. cursor.</source>
        <translation>cursor&#xa0;: le paramètre dans lequel le curseur est renvoyé, par ex. cursor.</translation>
    </message>
    <message>
        <source>Next URL path</source>
        <translation>Chemin de l&apos;URL suivante</translation>
    </message>
    <message>
        <source>next_url: dotted path to the next page&apos;s URL in the response, e.g. links.next.</source>
        <translation>next_url&#xa0;: chemin pointé vers l&apos;URL de la page suivante dans la réponse, par ex. links.next.</translation>
    </message>
    <message>
        <source>Incremental parameter</source>
        <translation>Paramètre incrémental</translation>
    </message>
    <message>
        <source>The query parameter that selects records changed since a value, e.g. updated_since.</source>
        <translation>Le paramètre de requête qui sélectionne les enregistrements modifiés depuis une valeur, par ex. updated_since.</translation>
    </message>
    <message>
        <source>Incremental lower bound</source>
        <translation>Borne inférieure incrémentale</translation>
    </message>
    <message>
        <source>Sent as the incremental parameter when set, e.g. 2026-01-01T00:00:00Z.</source>
        <translation>Envoyée comme paramètre incrémental si elle est définie, par ex. 2026-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>How often a request is retried after a timeout, a dropped connection, HTTP 429 or a 5xx error.</source>
        <translation>Nombre de fois qu&apos;une requête est relancée après un délai dépassé, une connexion perdue, un HTTP 429 ou une erreur 5xx.</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>The longest a single request may take.</source>
        <translation>La durée maximale d&apos;une requête.</translation>
    </message>
    <message>
        <source>First retry delay (ms)</source>
        <translation>Délai avant la première nouvelle tentative (ms)</translation>
    </message>
    <message>
        <source>Doubles with every retry, with random jitter; a Retry-After header wins.</source>
        <translation>Double à chaque nouvelle tentative, avec une variation aléatoire&#xa0;; un en-tête Retry-After l&apos;emporte.</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>The most requests per second to send, e.g. 2 or 0.5 (empty: no limit).</source>
        <translation>Nombre maximal de requêtes par seconde, par ex. 2 ou 0.5 (vide&#xa0;: aucune limite).</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, pas &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>the base URL is not set.</source>
        <translation>l&apos;URL de base n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>the method must be GET or POST, not &apos;%1&apos;.</source>
        <translation>la méthode doit être GET ou POST, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>line %1 of the extra headers is not &apos;Name: value&apos;.</source>
        <translation>la ligne %1 des en-têtes supplémentaires n&apos;est pas de la forme &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>line %1 of the query parameters is not &apos;key=value&apos;.</source>
        <translation>la ligne %1 des paramètres de requête n&apos;est pas de la forme &apos;clé=valeur&apos;.</translation>
    </message>
    <message>
        <source>a request body is only sent with the POST method.</source>
        <translation>un corps de requête n&apos;est envoyé qu&apos;avec la méthode POST.</translation>
    </message>
    <message>
        <source>the flatten depth</source>
        <translation>la profondeur d&apos;aplatissement</translation>
    </message>
    <message>
        <source>unknown authentication &apos;%1&apos; (expected one of %2).</source>
        <translation>authentification inconnue &apos;%1&apos; (attendu&#xa0;: l&apos;une de %2).</translation>
    </message>
    <message>
        <source>the API key is not set (authentication %1).</source>
        <translation>la clé d&apos;API n&apos;est pas définie (authentification %1).</translation>
    </message>
    <message>
        <source>the user name for basic authentication is not set.</source>
        <translation>le nom d&apos;utilisateur pour l&apos;authentification basic n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>the bearer token is not set.</source>
        <translation>le jeton bearer n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>the OAuth token URL is not set or not an http(s) URL.</source>
        <translation>l&apos;URL du jeton OAuth n&apos;est pas définie ou n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>the OAuth client ID is not set.</source>
        <translation>l&apos;ID client OAuth n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>the OAuth client secret is not set.</source>
        <translation>le secret client OAuth n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>the OAuth refresh token is not set.</source>
        <translation>le jeton d&apos;actualisation OAuth n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>unknown pagination &apos;%1&apos; (expected one of %2).</source>
        <translation>pagination inconnue &apos;%1&apos; (attendu&#xa0;: l&apos;une de %2).</translation>
    </message>
    <message>
        <source>the first page</source>
        <translation>la première page</translation>
    </message>
    <message>
        <source>the page size</source>
        <translation>la taille de page</translation>
    </message>
    <message>
        <source>cursor pagination needs the cursor path and the cursor parameter.</source>
        <translation>la pagination par curseur nécessite le chemin du curseur et le paramètre de curseur.</translation>
    </message>
    <message>
        <source>next URL pagination needs the path of the next URL in the response.</source>
        <translation>la pagination par URL suivante nécessite le chemin de l&apos;URL suivante dans la réponse.</translation>
    </message>
    <message>
        <source>the number of retries</source>
        <translation>le nombre de nouvelles tentatives</translation>
    </message>
    <message>
        <source>the timeout</source>
        <translation>le délai</translation>
    </message>
    <message>
        <source>the first retry delay</source>
        <translation>le délai avant la première nouvelle tentative</translation>
    </message>
    <message>
        <source>requests per second must be a positive number such as 2 or 0.5, not &apos;%1&apos;.</source>
        <translation>les requêtes par seconde doivent être un nombre positif comme 2 ou 0.5, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;</source>
        <translation>source &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>miq::RestStreamReader</name>
    <message>
        <source>The settings of %1 have changed since the interrupted run; start over with --full.</source>
        <translation>Les paramètres de %1 ont changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>Cannot read records from %1: %2.</source>
        <translation>Impossible de lire les enregistrements de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>miq::ResumeToken</name>
    <message>
        <source>The saved position of %1 is not a position in %2; start over with --full.</source>
        <translation>La position enregistrée de %1 n&apos;est pas une position dans %2&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>The saved position of %1 was written by another version of MigrateIQ; start over with --full.</source>
        <translation>La position enregistrée de %1 a été écrite par une autre version de MigrateIQ&#xa0;; recommencez avec --full.</translation>
    </message>
</context>
<context>
    <name>miq::RunDetails</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save every quarantined row of this run as a CSV file</source>
        <translation>Enregistrer toutes les lignes en quarantaine de cette exécution dans un fichier CSV</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Quarantined Rows</source>
        <translation>Lignes en quarantaine</translation>
    </message>
    <message>
        <source>Target DDL</source>
        <translation>DDL de la cible</translation>
    </message>
    <message>
        <source>Select a run to see what it did.</source>
        <translation>Sélectionnez une exécution pour voir ce qu&apos;elle a fait.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>#%1 of &apos;%2&apos;</source>
        <translation>#%1 de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; in %2</source>
        <translation>table &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>%1 read, %2 written, %3 quarantined</source>
        <translation>%1 lues, %2 écrites, %3 en quarantaine</translation>
    </message>
    <message>
        <source>Data read</source>
        <translation>Données lues</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <source>type inference</source>
        <translation>inférence des types</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>verified: %1 rows, identical checksums on both sides</source>
        <translation>vérifiée&#xa0;: %1 lignes, sommes de contrôle identiques des deux côtés</translation>
    </message>
    <message>
        <source>verified: the destination holds %1 rows</source>
        <translation>vérifiée&#xa0;: la destination contient %1 lignes</translation>
    </message>
    <message>
        <source>mismatch: %1 rows sent, %2 in the destination</source>
        <translation>écart&#xa0;: %1 lignes envoyées, %2 dans la destination</translation>
    </message>
    <message>
        <source>columns that differ: %1</source>
        <translation>colonnes qui diffèrent&#xa0;: %1</translation>
    </message>
    <message>
        <source>after the copy</source>
        <translation>après la copie</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>The quarantined rows are listed under Quarantined Rows and can be exported.</source>
        <translation>Les lignes en quarantaine sont listées sous «&#xa0;Lignes en quarantaine&#xa0;» et peuvent être exportées.</translation>
    </message>
    <message>
        <source>-- The run created no target yet.</source>
        <translation>-- L&apos;exécution n&apos;a pas encore créé de cible.</translation>
    </message>
    <message>
        <source>This run quarantined no rows.</source>
        <translation>Cette exécution n&apos;a mis aucune ligne en quarantaine.</translation>
    </message>
    <message>
        <source>The first %1 of %2 quarantined rows; Export writes them all.</source>
        <translation>Les %1 premières des %2 lignes en quarantaine&#xa0;; «&#xa0;Exporter&#xa0;» les écrit toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined row(s).</source>
        <translation>
            <numerusform>%n ligne en quarantaine.</numerusform>
            <numerusform>%n lignes en quarantaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantined Rows (%1)</source>
        <translation>Lignes en quarantaine (%1)</translation>
    </message>
    <message>
        <source>%1 run %2 quarantined.csv</source>
        <translation>%1 exécution %2 quarantaine.csv</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>Export Quarantined Rows</source>
        <translation>Exporter les lignes en quarantaine</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting the quarantined rows of run #%1…</source>
        <translation>Exportation des lignes en quarantaine de l&apos;exécution #%1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n quarantined row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne en quarantaine écrite dans %1.</numerusform>
            <numerusform>%n lignes en quarantaine écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>&amp;Load Again</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Once the source is fixed, read these rows again and load those that now convert (appended to the target; upserted for an upsert job)</source>
        <translation>Une fois la source corrigée, relire ces lignes et charger celles qui se convertissent désormais (ajoutées à la cible&#xa0;; en upsert pour une tâche en mode upsert)</translation>
    </message>
</context>
<context>
    <name>miq::RunNotifier</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
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
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrites</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>miq::SecretStore</name>
    <message>
        <source>The secret store was closed before it answered.</source>
        <translation>Le stockage des secrets a été fermé avant de répondre.</translation>
    </message>
</context>
<context>
    <name>miq::SourceDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Add Data Source</source>
        <translation>Ajouter une source de données</translation>
    </message>
    <message>
        <source>Edit Data Source &apos;%1&apos;</source>
        <translation>Modifier la source de données &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>Another source is already named &apos;%1&apos;.</source>
        <translation>Une autre source s&apos;appelle déjà &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>miq::SourceOperations</name>
    <message>
        <source>Source &apos;%1&apos; has no streams to preview.</source>
        <translation>La source &apos;%1&apos; n&apos;a aucun flux à prévisualiser.</translation>
    </message>
    <message>
        <source>Preview of &apos;%1&apos; was cancelled.</source>
        <translation>L&apos;aperçu de &apos;%1&apos; a été annulé.</translation>
    </message>
</context>
<context>
    <name>miq::SourceSecrets</name>
    <message>
        <source>No keychain is available; the secrets are kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;; les secrets sont conservés pour cette session uniquement.</translation>
    </message>
    <message>
        <source>%1 The secrets are kept in memory for this session only and will have to be entered again next time.</source>
        <translation>%1 Les secrets sont gardés en mémoire pour cette session uniquement et devront être saisis de nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>miq::SourcesModel</name>
    <message>
        <source>Tested %1</source>
        <translation>Testée le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>miq::SourcesPane</name>
    <message>
        <source>&amp;Add Source…</source>
        <translation>&amp;Ajouter une source de données…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>D&amp;uplicate Source</source>
        <translation>&amp;Dupliquer la source</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Remove Source…</source>
        <translation>&amp;Supprimer la source…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Re&amp;fresh Streams</source>
        <translation>Actualiser les &amp;flux</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Filter sources (Ctrl+F)</source>
        <translation>Filtrer les sources (Ctrl+F)</translation>
    </message>
    <message>
        <source>No data sources yet. Add one with Source ▸ Add Source…</source>
        <translation>Aucune source de données pour le moment. Ajoutez-en une avec Source ▸ Ajouter une source de données…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Its secrets are kept for this session only (the keychain could not store them).</source>
        <translation>Ses secrets sont conservés pour cette session uniquement (le trousseau n&apos;a pas pu les enregistrer).</translation>
    </message>
    <message>
        <source>Cannot read the secrets of &apos;%1&apos;: %2</source>
        <translation>Impossible de lire les secrets de &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Looking at what &apos;%1&apos; contains…</source>
        <translation>Examen du contenu de &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>This source has no streams.</source>
        <translation>Cette source n&apos;a aucun flux.</translation>
    </message>
    <message>
        <source>Loading a preview of &apos;%1&apos;…</source>
        <translation>Chargement de l&apos;aperçu de &apos;%1&apos;…</translation>
    </message>
    <message numerus="yes">
        <source>Preview of &apos;%1&apos;: first %n row(s)</source>
        <translation>
            <numerusform>Aperçu de &apos;%1&apos;&#xa0;: %n ligne</numerusform>
            <numerusform>Aperçu de &apos;%1&apos;&#xa0;: les %n premières lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed record(s) set aside; the first at line %1: %2</source>
        <translation>
            <numerusform>%n enregistrement invalide mis de côté, à la ligne %1&#xa0;: %2</numerusform>
            <numerusform>%n enregistrements invalides mis de côté&#xa0;; le premier à la ligne %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Add Source</source>
        <translation>Impossible d&apos;ajouter la source</translation>
    </message>
    <message>
        <source>Secrets Not Stored</source>
        <translation>Secrets non enregistrés</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Source &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added source &apos;%1&apos;.</source>
        <translation>Source &apos;%1&apos; ajoutée.</translation>
    </message>
    <message>
        <source>Cannot Save Source</source>
        <translation>Impossible d&apos;enregistrer la source</translation>
    </message>
    <message>
        <source>Saved source &apos;%1&apos;.</source>
        <translation>Source &apos;%1&apos; enregistrée.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Cannot Duplicate Source</source>
        <translation>Impossible de dupliquer la source</translation>
    </message>
    <message>
        <source>Duplicated as &apos;%1&apos;.</source>
        <translation>Dupliquée sous le nom &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Remove the data source &apos;%1&apos;? Its settings and the secrets stored for it in the keychain are deleted. The data itself is not touched.</source>
        <translation>Supprimer la source de données &apos;%1&apos;&#xa0;? Ses paramètres et les secrets enregistrés pour elle dans le trousseau sont effacés. Les données elles-mêmes ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Cannot Remove Source</source>
        <translation>Impossible de supprimer la source</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;, but its keychain entry could not be deleted: %2</source>
        <translation>&apos;%1&apos; a été supprimée, mais son entrée dans le trousseau n&apos;a pas pu être effacée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed source &apos;%1&apos;.</source>
        <translation>Source &apos;%1&apos; supprimée.</translation>
    </message>
    <message>
        <source>Testing &apos;%1&apos;…</source>
        <translation>Test de &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works: %2</source>
        <translation>&apos;%1&apos; fonctionne&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Profile Stream…</source>
        <translation>&amp;Profiler le flux…</translation>
    </message>
    <message>
        <source>Open the selected stream in the Profiles pane</source>
        <translation>Ouvrir le flux sélectionné dans le panneau Profils</translation>
    </message>
</context>
<context>
    <name>miq::SqliteResumeToken</name>
    <message>
        <source>The saved position of stream &apos;%1&apos; of source &apos;%2&apos; is not a position in an SQLite table; start over with --full.</source>
        <translation>La position enregistrée du flux &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas une position dans une table SQLite&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>The saved position of stream &apos;%1&apos; of source &apos;%2&apos; was written by another version of MigrateIQ; start over with --full.</source>
        <translation>La position enregistrée du flux &apos;%1&apos; de la source &apos;%2&apos; a été écrite par une autre version de MigrateIQ&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>The saved position of stream &apos;%1&apos; of source &apos;%2&apos; is damaged; start over with --full.</source>
        <translation>La position enregistrée du flux &apos;%1&apos; de la source &apos;%2&apos; est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
</context>
<context>
    <name>miq::StreamInfo</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
</context>
<context>
    <name>miq::StreamsModel</name>
    <message>
        <source>~%1 rows</source>
        <translation>~%1 lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>non NULL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>miq::XlsxArchive</name>
    <message>
        <source>&apos;%1&apos; in source &apos;%2&apos;</source>
        <translation>&apos;%1&apos; dans la source &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: the zip archive is damaged or incomplete (its directory at the end of the file is missing).</source>
        <translation>Impossible de lire %1&#xa0;: l&apos;archive zip est endommagée ou incomplète (son répertoire en fin de fichier manque).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: an .xlsx file is a zip archive and this file is not one.</source>
        <translation>%1 n&apos;est pas un classeur Excel&#xa0;: un fichier .xlsx est une archive zip, et ce fichier n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a password-protected workbook: password-protected workbooks are not supported. Save a copy without the password (File &gt; Info &gt; Protect Workbook in Excel) and read that.</source>
        <translation>%1 est un classeur protégé par mot de passe&#xa0;: les classeurs protégés par mot de passe ne sont pas pris en charge. Enregistrez une copie sans mot de passe (Fichier &gt; Informations &gt; Protéger le classeur dans Excel) et lisez celle-ci.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), which is not supported. Save it as an Excel workbook (.xlsx) in Excel or LibreOffice and read that.</source>
        <translation>%1 est un classeur Excel 97-2003 (.xls), qui n&apos;est pas pris en charge. Enregistrez-le comme classeur Excel (.xlsx) dans Excel ou LibreOffice et lisez celui-ci.</translation>
    </message>
    <message>
        <source>%1 is an OLE compound document (an older Office file), not an Excel workbook (.xlsx).</source>
        <translation>%1 est un document composite OLE (un ancien fichier Office), pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is damaged: the part &apos;%2&apos; is missing.</source>
        <translation>%1 est endommagé&#xa0;: la partie &apos;%2&apos; manque.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in %2: %3</source>
        <translation>Impossible de lire &apos;%1&apos; dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is password-protected: password-protected workbooks are not supported.</source>
        <translation>%1 est protégé par mot de passe&#xa0;: les classeurs protégés par mot de passe ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>%1 is damaged: its package relationships (_rels/.rels) are not valid XML: %2</source>
        <translation>%1 est endommagé&#xa0;: ses relations de paquet (_rels/.rels) ne sont pas du XML valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which is not supported. Save it as an Excel workbook (.xlsx) and read that.</source>
        <translation>%1 est un classeur binaire Excel (.xlsb), qui n&apos;est pas pris en charge. Enregistrez-le comme classeur Excel (.xlsx) et lisez celui-ci.</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an Excel workbook (.xlsx) and read that.</source>
        <translation>%1 est une feuille de calcul OpenDocument (.ods), pas un classeur Excel. Enregistrez-la comme classeur Excel (.xlsx) et lisez celui-ci.</translation>
    </message>
    <message>
        <source>%1 is a Word or PowerPoint document, not an Excel workbook.</source>
        <translation>%1 est un document Word ou PowerPoint, pas un classeur Excel.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook: it has no workbook part (xl/workbook.xml).</source>
        <translation>%1 est une archive zip mais pas un classeur Excel&#xa0;: il n&apos;a pas de partie classeur (xl/workbook.xml).</translation>
    </message>
</context>
<context>
    <name>miq::XlsxConnector</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Worksheets of an Excel workbook (.xlsx, .xlsm), one table per sheet. Numbers, booleans, dates and times are read as the cells hold them; formulas give their last calculated values.</source>
        <translation>Feuilles de calcul d&apos;un classeur Excel (.xlsx, .xlsm), une table par feuille. Les nombres, booléens, dates et heures sont lus tels que les cellules les contiennent&#xa0;; les formules donnent leur dernière valeur calculée.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The .xlsx or .xlsm workbook to read. Old .xls workbooks and password-protected workbooks must first be saved as .xlsx without a password.</source>
        <translation>Le classeur .xlsx ou .xlsm à lire. Les anciens classeurs .xls et les classeurs protégés par mot de passe doivent d&apos;abord être enregistrés en .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>La première ligne est un en-tête</translation>
    </message>
    <message>
        <source>auto: the first row with values is the header when it is distinct text above numbers, dates or booleans. Without a header, columns are named A, B, C...</source>
        <translation>auto&#xa0;: la première ligne contenant des valeurs est l&apos;en-tête lorsqu&apos;il s&apos;agit d&apos;un texte distinct au-dessus de nombres, de dates ou de booléens. Sans en-tête, les colonnes sont nommées A, B, C...</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>Comma-separated names of the sheets to read; empty reads every worksheet.</source>
        <translation>Noms des feuilles à lire, séparés par des virgules&#xa0;; vide lit toutes les feuilles de calcul.</translation>
    </message>
    <message>
        <source>Fill merged cells</source>
        <translation>Remplir les cellules fusionnées</translation>
    </message>
    <message>
        <source>Repeat the value of a merged range in every cell of the range. Otherwise only its top-left cell has the value and the others are empty.</source>
        <translation>Répéter la valeur d&apos;une plage fusionnée dans chaque cellule de la plage. Sinon, seule la cellule en haut à gauche a la valeur et les autres sont vides.</translation>
    </message>
    <message>
        <source>The header setting &apos;%1&apos; of source &apos;%2&apos; is not valid: use auto, yes or no.</source>
        <translation>Le paramètre d&apos;en-tête &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas valide&#xa0;: utilisez auto, yes ou no.</translation>
    </message>
    <message>
        <source>The fill merged cells setting &apos;%1&apos; of source &apos;%2&apos; is not valid: use true or false.</source>
        <translation>Le paramètre de remplissage des cellules fusionnées &apos;%1&apos; de la source &apos;%2&apos; n&apos;est pas valide&#xa0;: utilisez true ou false.</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no file set.</source>
        <translation>Aucun fichier n&apos;est défini pour la source &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 has no worksheet &apos;%2&apos;; its worksheets are: %3.</source>
        <translation>%1 n&apos;a pas de feuille de calcul &apos;%2&apos;&#xa0;; ses feuilles de calcul sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>header row %1</source>
        <translation>ligne d&apos;en-tête %1</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans en-tête</translation>
    </message>
    <message>
        <source>columns %1-%2</source>
        <translation>colonnes %1-%2</translation>
    </message>
    <message>
        <source>1904 date system</source>
        <translation>calendrier depuis 1904</translation>
    </message>
    <message>
        <source>hidden sheet</source>
        <translation>feuille masquée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error cell(s) (#N/A...) read as empty</source>
        <translation>
            <numerusform>%Ln cellule en erreur (#N/A...) lue comme vide</numerusform>
            <numerusform>%Ln cellules en erreur (#N/A...) lues comme vides</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no worksheets.</source>
        <translation>%1 n&apos;a aucune feuille de calcul.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s): %1</source>
        <translation>
            <numerusform>%n feuille&#xa0;: %1</numerusform>
            <numerusform>%n feuilles&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no sheet &apos;%2&apos;; its sheets are: %3.</source>
        <translation>La source &apos;%1&apos; n&apos;a pas de feuille &apos;%2&apos;&#xa0;; ses feuilles sont&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>miq::XlsxResumeToken</name>
    <message>
        <source>The saved position of %1 is damaged; start over with --full.</source>
        <translation>La position enregistrée de %1 est endommagée&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>an Excel sheet</source>
        <translation>une feuille Excel</translation>
    </message>
</context>
<context>
    <name>miq::XlsxSheetLayout</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>miq::XlsxSheetScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 is damaged: its XML (%2) is not valid at line %3, column %4: %5</source>
        <translation>%1 est endommagé&#xa0;: son XML (%2) n&apos;est pas valide à la ligne %3, colonne %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>the row number &apos;%1&apos; is not valid</source>
        <translation>le numéro de ligne &apos;%1&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>row %1 comes after row %2</source>
        <translation>la ligne %1 vient après la ligne %2</translation>
    </message>
    <message>
        <source>the sheet data ends early</source>
        <translation>les données de la feuille se terminent prématurément</translation>
    </message>
    <message>
        <source>the cell reference &apos;%1&apos; is not valid</source>
        <translation>la référence de cellule &apos;%1&apos; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>cell %1%2 appears twice or out of order</source>
        <translation>la cellule %1%2 apparaît deux fois ou dans le désordre</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist (the workbook has %2)</source>
        <translation>la chaîne partagée %1 n&apos;existe pas (le classeur en a %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean</source>
        <translation>&apos;%1&apos; n&apos;est pas un booléen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the cell type &apos;%1&apos; is not known</source>
        <translation>le type de cellule &apos;%1&apos; est inconnu</translation>
    </message>
</context>
<context>
    <name>miq::XlsxStreamReader</name>
    <message>
        <source>The settings of %1 have changed since the interrupted run; start over with --full.</source>
        <translation>Les paramètres de %1 ont changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>%1 has changed since the interrupted run; start over with --full.</source>
        <translation>%1 a changé depuis l&apos;exécution interrompue&#xa0;; recommencez avec --full.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>cell %1%2 has a value, but the sheet had no columns when it was opened</source>
        <translation>la cellule %1%2 a une valeur, mais la feuille n&apos;avait aucune colonne à son ouverture</translation>
    </message>
    <message>
        <source>cell %1%2 is outside the columns %3 to %4 that the first %5 rows of the sheet showed</source>
        <translation>la cellule %1%2 est en dehors des colonnes %3 à %4 que montraient les %5 premières lignes de la feuille</translation>
    </message>
</context>
<context>
    <name>miq::XlsxWorkbook</name>
    <message>
        <source>%1 is damaged: &apos;%2&apos; is not valid XML (line %3: %4).</source>
        <translation>%1 est endommagé&#xa0;: &apos;%2&apos; n&apos;est pas du XML valide (ligne %3&#xa0;: %4).</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; of %2</source>
        <translation>feuille &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the part &apos;%2&apos; is missing.</source>
        <translation>%1 est endommagé&#xa0;: la partie &apos;%2&apos; manque.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet &apos;%2&apos; has no part in the workbook&apos;s relationships.</source>
        <translation>%1 est endommagé&#xa0;: la feuille &apos;%2&apos; n&apos;a pas de partie dans les relations du classeur.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in %2: %3</source>
        <translation>Impossible de lire &apos;%1&apos; dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>miq::canonical</name>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur valide de type %2</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>décimal</translation>
    </message>
    <message>
        <source>base64 value</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>64-bit integer</source>
        <translation>entier 64 bits</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>horodatage</translation>
    </message>
</context>
</TS>
