// Drives the real migrateiq-cli executable (QProcess) against a temporary workspace, with secrets
// in memory (MIQ_SECRET_STORE=memory): what a script or a CI job would see.

#include "connectors/connectorregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QString fixture(const QString &name)
{
    return QStringLiteral(MIQ_TEST_DATA_DIR "/cli/") + name;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void help_data();
    void help();
    void version();
    void usageErrors_data();
    void usageErrors();

    void typesMatchRegistry();
    void typesTextListsFields();

    void sourceLifecycle_data();
    void sourceLifecycle();
    void addDuplicateName();
    void addUnknownKey();
    void addSecretOnCommandLineRefused_data();
    void addSecretOnCommandLineRefused();
    void addPostgresSecretFromStdin_data();
    void addPostgresSecretFromStdin();
    void addPostgresWithoutSecret();
    void tooManySecretLines();
    void editSource();
    void editNothing();
    void unknownSource();

    void previewFileJson();
    void previewFileCreatesNoWorkspace();
    void previewNamedSourceWithLimit();
    void previewTextClippedToWidth();
    void previewBadRecords();
    void previewJsonNulls();
    void previewMissingFile();
    void previewSqliteStreams();
    void streamsOfCsv();
    void streamsOfSqlite();

    void testGoodSource();
    void testMissingFile();
    void testLostSecret();
    void keychainFailure();

    void corruptWorkspace();
    void newerWorkspace();
    void lockedWorkspace();

private:
    // `environment` overrides the test environment; an empty value removes the variable.
    Run cli(const QStringList &arguments, const QByteArray &input = QByteArray(),
            const QHash<QString, QString> &environment = {}) const;
    Run ws(const QStringList &arguments, const QByteArray &input = QByteArray(),
           const QHash<QString, QString> &environment = {}) const;
    QString workspaceFile() const { return m_dir->filePath(u"test.miq"_s); }
    QString sqliteFixture() const;
    QJsonObject show(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run tst_Cli::cli(const QStringList &arguments, const QByteArray &input,
                 const QHash<QString, QString> &environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MIQ_SECRET_STORE"_s, u"memory"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // The default workspace must never be the developer's own.
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.remove(u"MIQ_WORKSPACE"_s);
    env.remove(u"COLUMNS"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(MIQ_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s: %s", MIQ_CLI_PATH, qPrintable(process.errorString()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("migrateiq-cli %s did not finish", qPrintable(arguments.join(u' ')));
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run tst_Cli::ws(const QStringList &arguments, const QByteArray &input,
                const QHash<QString, QString> &environment) const
{
    return cli(QStringList{u"--workspace"_s, workspaceFile()} + arguments, input, environment);
}

QString tst_Cli::sqliteFixture() const
{
    const QString path = m_dir->filePath(u"shop.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create the SQLite fixture");
        QSqlQuery q(db);
        q.exec(u"CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)"_s);
        q.exec(u"INSERT INTO products VALUES (1, 'Tea', 3.5), (2, 'Coffee', NULL)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return path;
}

QJsonObject tst_Cli::show(const QString &name) const
{
    const Run run = ws({u"--json"_s, u"sources"_s, u"show"_s, name});
    if (run.exitCode != 0)
        qWarning("show %s failed: %s", qPrintable(name), run.err.constData());
    return run.json().object();
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("top") << QStringList{u"--help"_s}
                         << QStringList{u"Usage: migrateiq-cli"_s, u"sources add"_s, u"preview NAME|FILE"_s,
                                        u"Exit codes"_s, u"MIQ_SECRET_STORE"_s, u"--workspace FILE"_s};
    QTest::newRow("help command") << QStringList{u"help"_s, u"preview"_s} << QStringList{u"--limit K"_s};
    QTest::newRow("group") << QStringList{u"sources"_s, u"--help"_s}
                           << QStringList{u"Subcommands"_s, u"add"_s, u"remove"_s, u"test"_s};
    QTest::newRow("add") << QStringList{u"sources"_s, u"add"_s, u"--help"_s}
                         << QStringList{u"--set KEY=VALUE"_s, u"--secret-stdin"_s, u"--type TYPE"_s,
                                        u"Exit codes"_s};
    QTest::newRow("remove") << QStringList{u"sources"_s, u"remove"_s, u"-h"_s} << QStringList{u"--force"_s};
}

void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text.toUtf8()), qPrintable(text + u" not in:\n"_s + QString::fromUtf8(run.out)));
    QVERIFY(!QFile::exists(workspaceFile()));
}

void tst_Cli::version()
{
    Run run = cli({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("migrateiq-cli "));
    run = cli({u"--json"_s, u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.json()[u"version"_s].toString().isEmpty());
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << u"No command given"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command 'frobnicate'"_s;
    QTest::newRow("group without subcommand") << QStringList{u"sources"_s} << u"needs a subcommand"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"sources"_s, u"frob"_s} << u"'sources frob'"_s;
    QTest::newRow("unknown option") << QStringList{u"sources"_s, u"list"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("missing argument") << QStringList{u"preview"_s} << u"Missing argument"_s;
    QTest::newRow("extra argument") << QStringList{u"sources"_s, u"show"_s, u"a"_s, u"b"_s}
                                    << u"Unexpected argument 'b'"_s;
    QTest::newRow("bad limit") << QStringList{u"preview"_s, fixture(u"people.csv"_s), u"--limit"_s, u"0"_s}
                               << u"--limit"_s;
    QTest::newRow("add without type") << QStringList{u"sources"_s, u"add"_s, u"--name"_s, u"x"_s}
                                      << u"--type"_s;
    QTest::newRow("unknown type") << QStringList{u"sources"_s, u"add"_s, u"--name"_s, u"x"_s, u"--type"_s,
                                                 u"excel"_s}
                                  << u"Unknown connector type 'excel'"_s;
    QTest::newRow("types unknown") << QStringList{u"types"_s, u"excel"_s} << u"excel"_s;
    QTest::newRow("bad integer") << QStringList{u"sources"_s, u"add"_s, u"--name"_s, u"pg"_s, u"--type"_s,
                                                u"postgres"_s, u"--set"_s, u"database=x"_s, u"--set"_s,
                                                u"user=u"_s, u"--set"_s, u"port=http"_s}
                                 << u"'http'"_s;
    QTest::newRow("missing required") << QStringList{u"sources"_s, u"add"_s, u"--name"_s, u"c"_s, u"--type"_s,
                                                     u"csv"_s}
                                      << u"is required"_s;
    QTest::newRow("set without =") << QStringList{u"sources"_s, u"add"_s, u"--name"_s, u"c"_s, u"--type"_s,
                                                  u"csv"_s, u"--set"_s, u"path"_s}
                                   << u"KEY=VALUE"_s;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = ws(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty() || arguments.isEmpty());
}

void tst_Cli::typesMatchRegistry()
{
    const Run run = cli({u"types"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray types = run.json().array();
    const QList<miq::ConnectorSpec> specs = miq::ConnectorRegistry::builtin().specs();
    QCOMPARE(types.size(), specs.size());
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QJsonObject type = types[i].toObject();
        QCOMPARE(type[u"type"_s].toString(), specs[i].typeId);
        const QJsonArray fields = type[u"fields"_s].toArray();
        QCOMPARE(fields.size(), specs[i].fields.size());
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const miq::ConfigField &field = specs[i].fields[f];
            QCOMPARE(fields[f][u"key"_s].toString(), field.key);
            QCOMPARE(fields[f][u"required"_s].toBool(), field.required);
            QCOMPARE(fields[f][u"secret"_s].toBool(), field.secret);
            QCOMPARE(fields[f][u"help"_s].toString(), field.help);
        }
    }
    QStringList ids;
    for (const QJsonValue &t : types)
        ids << t[u"type"_s].toString();
    for (const QString &id : {u"csv"_s, u"json"_s, u"sqlite"_s, u"postgres"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    QVERIFY(!QFile::exists(workspaceFile()));
}

void tst_Cli::typesTextListsFields()
{
    const Run run = cli({u"types"_s, u"postgres"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const miq::ConfigField &field : miq::ConnectorRegistry::builtin().spec(u"postgres"_s)->fields)
        QVERIFY2(text.contains(u"\n    "_s + field.key + u"  ("_s), qPrintable(field.key));
    QVERIFY(text.contains(u"password  (password, secret"_s));
}

void tst_Cli::sourceLifecycle_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");

    QTest::newRow("csv") << u"csv"_s << fixture(u"people.csv"_s) << QStringList{u"delimiter=,"_s, u"header=yes"_s};
    QTest::newRow("json") << u"json"_s << fixture(u"orders.json"_s) << QStringList{u"format=array"_s};
    QTest::newRow("sqlite") << u"sqlite"_s << QString() << QStringList{u"query=SELECT name FROM products"_s};
}

void tst_Cli::sourceLifecycle()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    if (file.isEmpty())
        file = sqliteFixture();

    QStringList add{u"sources"_s, u"add"_s, u"--name"_s, u"My Source"_s, u"--type"_s, type, u"--set"_s,
                    u"path="_s + file};
    for (const QString &setting : extra)
        add << u"--set"_s << setting;
    Run run = ws(add);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Added source 'My Source'"));
    QVERIFY(QFile::exists(workspaceFile()));

    run = ws({u"sources"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = run.json().array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0][u"name"_s].toString(), u"My Source"_s);
    QCOMPARE(list[0][u"type"_s].toString(), type);
    QCOMPARE(list[0][u"status"_s].toString(), u"untested"_s);

    run = ws({u"sources"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("My Source"));

    const QJsonObject shown = show(u"my source"_s); // names are matched ignoring case
    QCOMPARE(shown[u"settings"_s][u"path"_s].toString(), file);
    QVERIFY(shown[u"secrets"_s].toObject().isEmpty());
    QVERIFY(!shown[u"created_at"_s].toString().isEmpty());

    run = ws({u"sources"_s, u"show"_s, u"My Source"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(file.toUtf8()));
    QVERIFY(run.out.contains("untested"));

    run = ws({u"sources"_s, u"remove"_s, u"My Source"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ws({u"sources"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.json().array().size(), 0);
    run = ws({u"sources"_s, u"show"_s, u"My Source"_s});
    QCOMPARE(run.exitCode, 2);
}

void tst_Cli::addDuplicateName()
{
    const QStringList add{u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s,
                          u"--set"_s, u"path="_s + fixture(u"people.csv"_s)};
    QCOMPARE(ws(add).exitCode, 0);
    const Run run = ws(QStringList(add).replaceInStrings(u"people"_s, u"PEOPLE"_s));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("already exists"));
}

void tst_Cli::addUnknownKey()
{
    const Run run = ws({u"sources"_s, u"add"_s, u"--name"_s, u"c"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                        u"path="_s + fixture(u"people.csv"_s), u"--set"_s, u"colour=red"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("'colour'"), run.err.constData());
    QCOMPARE(ws({u"sources"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
}

void tst_Cli::addSecretOnCommandLineRefused_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("password") << u"password=S3cr3t-Value-42"_s;
    QTest::newRow("other case") << u"PASSWORD=S3cr3t-Value-42"_s;
}

void tst_Cli::addSecretOnCommandLineRefused()
{
    QFETCH(QString, assignment);
    const Run run = ws({u"sources"_s, u"add"_s, u"--name"_s, u"pg"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                        u"database=crm"_s, u"--set"_s, u"user=analyst"_s, u"--set"_s, assignment});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("never taken from the command line"), run.err.constData());
    QVERIFY(!run.err.contains("S3cr3t-Value-42"));
    QVERIFY(!run.out.contains("S3cr3t-Value-42"));
    QCOMPARE(ws({u"sources"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
}

void tst_Cli::addPostgresSecretFromStdin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("one line per field") << QByteArray("Pa55-word-XYZ\n");
    QTest::newRow("key=value") << QByteArray("password=Pa55-word-XYZ\n");
    QTest::newRow("crlf, no final newline") << QByteArray("Pa55-word-XYZ\r\n\r\n");
}

void tst_Cli::addPostgresSecretFromStdin()
{
    QFETCH(QByteArray, input);
    const QByteArray secret = "Pa55-word-XYZ";
    Run run = ws({u"sources"_s, u"add"_s, u"--name"_s, u"crm"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                  u"host=db.invalid"_s, u"--set"_s, u"database=crm"_s, u"--set"_s, u"user=analyst"_s,
                  u"--secret-stdin"_s, u"--json"_s},
                 input);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));
    QVERIFY(run.err.contains("forgotten when this command exits")); // the memory store is said to be one
    QCOMPARE(run.json()[u"secrets"_s][u"password"_s].toBool(), true);

    const QJsonObject shown = show(u"crm"_s);
    QCOMPARE(shown[u"secrets"_s][u"password"_s].toBool(), true);
    QVERIFY(!shown[u"settings"_s].toObject().contains(u"password"_s));
    QCOMPARE(shown[u"settings"_s][u"port"_s].toVariant(), QVariant()); // not given: default applies

    run = ws({u"sources"_s, u"show"_s, u"crm"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("password"));
    QVERIFY(run.out.contains("set (secret"));
    QVERIFY(!run.out.contains(secret));

    run = ws({u"sources"_s, u"list"_s});
    QVERIFY(!run.out.contains(secret));

    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile file(workspaceFile() + suffix);
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
}

void tst_Cli::addPostgresWithoutSecret()
{
    // The password is optional for PostgreSQL (trust or peer authentication): without
    // --secret-stdin and without a terminal the source is added with none.
    const Run run = ws({u"sources"_s, u"add"_s, u"--name"_s, u"local"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                        u"database=crm"_s, u"--set"_s, u"user=analyst"_s, u"--set"_s, u"port=5433"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject shown = show(u"local"_s);
    QCOMPARE(shown[u"secrets"_s][u"password"_s].toBool(), false);
    QCOMPARE(shown[u"settings"_s][u"port"_s].toInt(), 5433); // stored as a number
}

void tst_Cli::tooManySecretLines()
{
    const Run run = ws({u"sources"_s, u"add"_s, u"--name"_s, u"crm"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                        u"database=crm"_s, u"--set"_s, u"user=analyst"_s, u"--secret-stdin"_s},
                       "first-secret\nsecond-secret\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Line 2"), run.err.constData());
    QVERIFY(!run.err.contains("first-secret"));
    QVERIFY(!run.err.contains("second-secret"));

    const Run csv = ws({u"sources"_s, u"add"_s, u"--name"_s, u"c"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                        u"path="_s + fixture(u"people.csv"_s), u"--secret-stdin"_s},
                       "x\n");
    QCOMPARE(csv.exitCode, 2);
    QVERIFY(csv.err.contains("no secret fields"));
}

void tst_Cli::editSource()
{
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + fixture(u"people.csv"_s), u"--set"_s, u"header=yes"_s})
                 .exitCode,
             0);
    QCOMPARE(ws({u"sources"_s, u"test"_s, u"people"_s}).exitCode, 0);
    Run run = ws({u"sources"_s, u"edit"_s, u"people"_s, u"--name"_s, u"staff"_s, u"--set"_s, u"delimiter=;"_s,
                  u"--unset"_s, u"header"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject shown = show(u"staff"_s);
    QCOMPARE(shown[u"settings"_s][u"delimiter"_s].toString(), u";"_s);
    QVERIFY(!shown[u"settings"_s].toObject().contains(u"header"_s));
    QCOMPARE(shown[u"status"_s].toString(), u"untested"_s); // a change invalidates the last test
    QCOMPARE(ws({u"sources"_s, u"show"_s, u"people"_s}).exitCode, 2);

    run = ws({u"sources"_s, u"edit"_s, u"staff"_s, u"--set"_s, u"quote=backtick"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("must be one of"));

    // Secrets of a PostgreSQL source change through standard input only.
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"pg"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                 u"database=crm"_s, u"--set"_s, u"user=analyst"_s})
                 .exitCode,
             0);
    run = ws({u"sources"_s, u"edit"_s, u"pg"_s, u"--secret-stdin"_s}, "new-Secret-99\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.err.contains("new-Secret-99"));
    QCOMPARE(show(u"pg"_s)[u"secrets"_s][u"password"_s].toBool(), true);
    run = ws({u"sources"_s, u"edit"_s, u"pg"_s, u"--unset"_s, u"password"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(show(u"pg"_s)[u"secrets"_s][u"password"_s].toBool(), false);
    QCOMPARE(ws({u"sources"_s, u"remove"_s, u"pg"_s}).exitCode, 0);
}

void tst_Cli::editNothing()
{
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + fixture(u"people.csv"_s)})
                 .exitCode,
             0);
    const Run run = ws({u"sources"_s, u"edit"_s, u"people"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Nothing to change"));
}

void tst_Cli::unknownSource()
{
    for (const QString &command : {u"show"_s, u"test"_s, u"remove"_s}) {
        const Run run = ws({u"sources"_s, command, u"nope"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no source named 'nope'"), run.err.constData());
    }
}

void tst_Cli::previewFileJson()
{
    const Run run = cli({u"preview"_s, fixture(u"people.csv"_s), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o[u"columns"_s].toArray(), QJsonArray({u"id"_s, u"name"_s, u"city"_s, u"score"_s}));
    const QJsonArray expected{QJsonArray{u"1"_s, u"Ada Lovelace"_s, u"London"_s, u"98.5"_s},
                              QJsonArray{u"2"_s, u"Hopper, Grace"_s, u""_s, u"91"_s},
                              QJsonArray{u"3"_s, u"Linus"_s, u"Helsinki"_s, u""_s}};
    QCOMPARE(o[u"rows"_s].toArray(), expected);
    QCOMPARE(o[u"bad_records"_s].toArray().size(), 0);
    QCOMPARE(o[u"types"_s].toArray().size(), 4);
}

void tst_Cli::previewFileCreatesNoWorkspace()
{
    const Run run = ws({u"preview"_s, fixture(u"people.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!QFile::exists(workspaceFile()));
    QVERIFY(run.out.contains("Ada Lovelace"));
    QVERIFY(run.out.contains("(3 rows of 'people')") || run.out.contains("(3 rows of"));
    // The default workspace is not created either.
    QVERIFY(!QDir(m_dir->filePath(u"xdg"_s)).exists());
}

void tst_Cli::previewNamedSourceWithLimit()
{
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + fixture(u"people.csv"_s)})
                 .exitCode,
             0);
    Run run = ws({u"preview"_s, u"people"_s, u"--limit"_s, u"2"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = run.json()[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1].toArray()[1].toString(), u"Hopper, Grace"_s);

    run = ws({u"preview"_s, u"people"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Ada Lovelace"));
    QVERIFY(!run.out.contains("Hopper"));
}

void tst_Cli::previewTextClippedToWidth()
{
    const Run run = cli({u"preview"_s, fixture(u"wide.csv"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 7); // header, rule, 5 rows
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 120, qPrintable(line));
    QVERIFY(run.out.contains("…"));
    QVERIFY(lines[0].startsWith(u"id"_s));
    QVERIFY(run.err.contains("did not fit"));
}

void tst_Cli::previewBadRecords()
{
    Run run = cli({u"preview"_s, fixture(u"bad.csv"_s), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray bad = run.json()[u"bad_records"_s].toArray();
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad[0][u"line"_s].toInt(), 3);
    QCOMPARE(bad[1][u"line"_s].toInt(), 5);
    QCOMPARE(run.json()[u"rows"_s].toArray().size(), 3);
    QVERIFY2(run.err.contains("line 3"), run.err.constData());
    QVERIFY(run.err.contains("line 5"));

    run = cli({u"preview"_s, fixture(u"bad.csv"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("2 bad records"));
}

void tst_Cli::previewJsonNulls()
{
    const Run run = cli({u"preview"_s, fixture(u"orders.json"_s), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    const QJsonArray columns = o[u"columns"_s].toArray();
    const qsizetype total = columns.toVariantList().indexOf(u"total"_s);
    QVERIFY(total >= 0);
    QCOMPARE(o[u"rows"_s].toArray().size(), 3);
    QVERIFY(o[u"rows"_s][1].toArray()[total].isNull());
    QVERIFY(columns.toVariantList().contains(u"customer.name"_s));
}

void tst_Cli::previewMissingFile()
{
    const Run run = ws({u"preview"_s, u"no-such-file.csv"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no-such-file.csv"));
}

void tst_Cli::previewSqliteStreams()
{
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"shop"_s, u"--type"_s, u"sqlite"_s, u"--set"_s,
                 u"path="_s + sqliteFixture(), u"--set"_s, u"query=SELECT name FROM products ORDER BY id DESC"_s})
                 .exitCode,
             0);
    Run run = ws({u"preview"_s, u"shop"_s, u"--stream"_s, u"products"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()[u"columns"_s].toArray(), QJsonArray({u"id"_s, u"name"_s, u"price"_s}));
    QCOMPARE(run.json()[u"types"_s].toArray(), QJsonArray({u"integer"_s, u"string"_s, u"double"_s}));
    const QJsonArray expected{QJsonArray{u"1"_s, u"Tea"_s, u"3.5"_s},
                              QJsonArray{u"2"_s, u"Coffee"_s, QJsonValue(QJsonValue::Null)}};
    QCOMPARE(run.json()[u"rows"_s].toArray(), expected);

    run = ws({u"preview"_s, u"shop"_s, u"--stream"_s, u"query"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()[u"rows"_s].toArray(), QJsonArray({QJsonArray{u"Coffee"_s}, QJsonArray{u"Tea"_s}}));

    run = ws({u"preview"_s, u"shop"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("NULL")); // a null cell, told apart from an empty one

    run = ws({u"preview"_s, u"shop"_s, u"--stream"_s, u"nope"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no stream 'nope'"), run.err.constData());
    QVERIFY(run.err.contains("products"));
}

void tst_Cli::streamsOfCsv()
{
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + fixture(u"people.csv"_s)})
                 .exitCode,
             0);
    Run run = ws({u"streams"_s, u"people"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray streams = run.json()[u"streams"_s].toArray();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams[0][u"kind"_s].toString(), u"file"_s);
    QStringList names;
    for (const QJsonValue &c : streams[0][u"columns"_s].toArray())
        names << c[u"name"_s].toString();
    QCOMPARE(names, (QStringList{u"id"_s, u"name"_s, u"city"_s, u"score"_s}));

    run = ws({u"streams"_s, u"people"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("COLUMN"));
    QVERIFY(run.out.contains("city"));
}

void tst_Cli::streamsOfSqlite()
{
    const Run run = cli({u"streams"_s, sqliteFixture(), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray streams = run.json()[u"streams"_s].toArray();
    QJsonObject products;
    for (const QJsonValue &s : streams)
        if (s[u"name"_s].toString().contains(u"products"_s))
            products = s.toObject();
    QCOMPARE(products[u"kind"_s].toString(), u"table"_s);
    const QJsonArray columns = products[u"columns"_s].toArray();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns[0][u"name"_s].toString(), u"id"_s);
    QCOMPARE(columns[0][u"primary_key"_s].toBool(), true);
    QCOMPARE(columns[0][u"type"_s].toString(), u"integer"_s);
    QCOMPARE(columns[1][u"nullable"_s].toBool(), false);
}

void tst_Cli::testGoodSource()
{
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + fixture(u"people.csv"_s)})
                 .exitCode,
             0);
    Run run = ws({u"sources"_s, u"test"_s, u"people"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("connection ok"));
    const QJsonObject shown = show(u"people"_s);
    QCOMPARE(shown[u"status"_s].toString(), u"ok"_s);
    QVERIFY(!shown[u"checked_at"_s].isNull());

    run = ws({u"sources"_s, u"test"_s, u"people"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json()[u"ok"_s].toBool(), true);
    QCOMPARE(run.json()[u"status"_s].toString(), u"ok"_s);
}

void tst_Cli::testMissingFile()
{
    const QString missing = m_dir->filePath(u"gone.csv"_s);
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"gone"_s, u"--type"_s, u"csv"_s, u"--set"_s,
                 u"path="_s + missing})
                 .exitCode,
             0);
    Run run = ws({u"sources"_s, u"test"_s, u"gone"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("gone.csv"), run.err.constData());
    const QJsonObject shown = show(u"gone"_s);
    QCOMPARE(shown[u"status"_s].toString(), u"failing"_s);
    QVERIFY(shown[u"status_message"_s].toString().contains(u"gone.csv"_s));

    run = ws({u"sources"_s, u"test"_s, u"gone"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json()[u"ok"_s].toBool(), false);
    QVERIFY(run.json()[u"message"_s].toString().contains(u"gone.csv"_s));
}

void tst_Cli::testLostSecret()
{
    // With MIQ_SECRET_STORE=memory the password is gone once 'sources add' has exited: the test
    // says so and how to enter it again, instead of trying to connect without it.
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"crm"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                 u"host=127.0.0.1"_s, u"--set"_s, u"port=1"_s, u"--set"_s, u"database=crm"_s, u"--set"_s,
                 u"user=analyst"_s, u"--set"_s, u"connect_timeout=1"_s, u"--secret-stdin"_s},
                "Pa55-word-XYZ\n")
                 .exitCode,
             0);
    const Run run = ws({u"sources"_s, u"test"_s, u"crm"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("password"));
    QVERIFY2(run.err.contains("sources edit"), run.err.constData());
    QVERIFY(!run.err.contains("Pa55-word-XYZ"));
}

void tst_Cli::keychainFailure()
{
#ifndef Q_OS_LINUX
    QSKIP("Only on Linux can the keychain be made unreachable without touching the user's own.");
#else
    // The real keychain backend, but with a session bus that does not exist: every call fails.
    const QHash<QString, QString> broken{{u"MIQ_SECRET_STORE"_s, QString()},
                                         {u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/miq-bus"_s},
                                         {u"DISPLAY"_s, QString()},
                                         {u"WAYLAND_DISPLAY"_s, QString()}};
    const QStringList add{u"sources"_s, u"add"_s, u"--name"_s, u"crm"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                          u"database=crm"_s, u"--set"_s, u"user=analyst"_s, u"--secret-stdin"_s};
    Run run = ws(add, "Pa55-word-XYZ\n", broken);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("lost when it exits"), run.err.constData());
    QVERIFY(run.err.contains("sources edit \"crm\" --secret-stdin"));
    QVERIFY(!run.err.contains("Pa55-word-XYZ"));
    QVERIFY(run.out.isEmpty());
    // Kept, so the user can fix the keychain and enter the secret again; it does not claim a
    // secret the keychain does not have.
    QCOMPARE(show(u"crm"_s)[u"secrets"_s][u"password"_s].toBool(), false);

    run = ws({u"sources"_s, u"edit"_s, u"crm"_s, u"--secret-stdin"_s, u"--set"_s, u"host=db2"_s}, "Other-99\n", broken);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!show(u"crm"_s)[u"settings"_s].toObject().contains(u"host"_s)); // nothing changed

    // A source whose secrets cannot be removed stays, unless --force.
    QCOMPARE(ws({u"sources"_s, u"add"_s, u"--name"_s, u"pg"_s, u"--type"_s, u"postgres"_s, u"--set"_s,
                 u"database=crm"_s, u"--set"_s, u"user=analyst"_s, u"--secret-stdin"_s},
                "Pa55-word-XYZ\n")
                 .exitCode,
             0);
    run = ws({u"sources"_s, u"remove"_s, u"pg"_s}, QByteArray(), broken);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("--force"));
    QCOMPARE(ws({u"sources"_s, u"show"_s, u"pg"_s}).exitCode, 0);
    run = ws({u"sources"_s, u"remove"_s, u"pg"_s, u"--force"_s}, QByteArray(), broken);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("stay in the keychain"));
    QCOMPARE(ws({u"sources"_s, u"show"_s, u"pg"_s}).exitCode, 2);

    // Sources without secrets never need the keychain.
    run = ws({u"sources"_s, u"add"_s, u"--name"_s, u"people"_s, u"--type"_s, u"csv"_s, u"--set"_s,
              u"path="_s + fixture(u"people.csv"_s)},
             QByteArray(), broken);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(ws({u"sources"_s, u"test"_s, u"people"_s}, QByteArray(), broken).exitCode, 0);
    QCOMPARE(ws({u"sources"_s, u"remove"_s, u"people"_s}, QByteArray(), broken).exitCode, 0);
#endif
}

void tst_Cli::corruptWorkspace()
{
    QFile file(workspaceFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    for (const QStringList &arguments : {QStringList{u"sources"_s, u"list"_s},
                                         QStringList{u"sources"_s, u"add"_s, u"--name"_s, u"c"_s, u"--type"_s,
                                                     u"csv"_s, u"--set"_s, u"path=a.csv"_s}}) {
        const Run run = ws(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("not a MigrateIQ workspace"), run.err.constData());
        QVERIFY(run.err.contains(workspaceFile().toUtf8()));
    }
    // A file preview does not need the workspace and is not blocked by it.
    QCOMPARE(ws({u"preview"_s, fixture(u"people.csv"_s)}).exitCode, 0);
}

void tst_Cli::newerWorkspace()
{
    QCOMPARE(ws({u"sources"_s, u"list"_s}).exitCode, 0);
    QVERIFY(QFile::exists(workspaceFile()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(workspaceFile());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"PRAGMA user_version = 99"_s), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    const Run run = ws({u"sources"_s, u"list"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("newer version"), run.err.constData());
}

void tst_Cli::lockedWorkspace()
{
    QCOMPARE(ws({u"sources"_s, u"list"_s}).exitCode, 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    db.setDatabaseName(workspaceFile());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
        const Run run = ws({u"sources"_s, u"list"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        q.exec(u"ROLLBACK"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"locker"_s);
    QCOMPARE(ws({u"sources"_s, u"list"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
