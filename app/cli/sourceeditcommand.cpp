// `sources add` and `sources edit`: settings from --set KEY=VALUE, secrets from standard input.

#include "app/cli/clicommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/secretinput.h"
#include "app/cli/sourcescommand.h"
#include "connectors/connectorregistry.h"

#include <QDir>

namespace miq {

namespace {

class SourceEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SourceEditCommand)

public:
    static int add(CliContext &context, const CliInvocation &invocation);
    static int edit(CliContext &context, const CliInvocation &invocation);

    struct Settings
    {
        QVariantMap values;  // non-empty values, typed by their field's kind
        QStringList cleared; // KEY= : back to the default
    };
    static std::optional<Settings> parseSettings(CliContext &context, const ConnectorSpec &spec,
                                                 const QStringList &assignments);
    static QVariant typedValue(const ConfigField *field, const QString &text);
    static bool reportProblems(CliContext &context, const ConnectorSpec &spec, const QString &name,
                               const QStringList &problems);
    static std::optional<SecretValues> readSecrets(CliContext &context, const ConnectorSpec &spec,
                                                   const QString &name);
    static void noteSessionOnlyStore(CliContext &context);
};

// Secret keys in the type's field order, so the workspace lists them the same way every time.
QStringList orderedKeys(const ConnectorSpec &spec, const SecretValues &secrets)
{
    QStringList keys;
    for (const QString &key : spec.secretKeys())
        if (!secrets.value(key).isEmpty())
            keys << key;
    return keys;
}

QVariant SourceEditCommand::typedValue(const ConfigField *field, const QString &text)
{
    if (!field)
        return text;
    switch (field->kind) {
    case ConfigField::Kind::Integer: {
        bool ok = false;
        const qlonglong n = text.trimmed().toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text); // validate() reports the bad number
    }
    case ConfigField::Kind::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            return false;
        return text;
    }
    case ConfigField::Kind::FilePath:
        // Stored sources are used later from other folders (the GUI, a scheduler): keep absolute paths.
        if (!text.contains(QLatin1String("://")) && !text.startsWith(QLatin1Char(':')))
            return QDir::cleanPath(QDir::current().absoluteFilePath(text));
        return text;
    default:
        return text;
    }
}

std::optional<SourceEditCommand::Settings> SourceEditCommand::parseSettings(CliContext &context,
                                                                            const ConnectorSpec &spec,
                                                                            const QStringList &assignments)
{
    Settings settings;
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const QString &assignment = assignments[i];
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            // Not echoed: a secret pasted in the wrong place must not end up in a log.
            context.out().error(tr("--set needs KEY=VALUE, e.g. --set path=data.csv; --set number %1 is not of "
                                   "that form.")
                                    .arg(i + 1));
            return std::nullopt;
        }
        const QString key = assignment.left(eq).trimmed();
        const QString value = assignment.mid(eq + 1);
        for (const QString &secretKey : spec.secretKeys()) {
            if (secretKey.compare(key, Qt::CaseInsensitive) == 0) {
                context.out().addSecret(value);
                context.out().error(tr("'%1' is a secret field of %2, and secrets are never taken from the "
                                       "command line (they would stay in the shell history and be visible "
                                       "in the process list). Give it on standard input with --secret-stdin, "
                                       "or run the command in a terminal to be prompted for it.")
                                        .arg(secretKey, spec.typeId));
                return std::nullopt;
            }
        }
        if (settings.values.contains(key) || settings.cleared.contains(key)) {
            context.out().error(tr("'%1' is given twice.").arg(key));
            return std::nullopt;
        }
        if (value.isEmpty() && !spec.field(key)) {
            context.out().error(tr("%1 has no setting '%2'.").arg(spec.displayName, key));
            return std::nullopt;
        }
        if (value.isEmpty())
            settings.cleared << key;
        else
            settings.values.insert(key, typedValue(spec.field(key), value));
    }
    return settings;
}

bool SourceEditCommand::reportProblems(CliContext &context, const ConnectorSpec &spec, const QString &name,
                                       const QStringList &problems)
{
    if (problems.isEmpty())
        return false;
    context.out().error(tr("Source '%1' (%2) is not valid:\n  %3\nRun 'migrateiq-cli types %2' for its settings.")
                            .arg(name, spec.typeId, problems.join(QStringLiteral("\n  "))));
    return true;
}

std::optional<SecretValues> SourceEditCommand::readSecrets(CliContext &context, const ConnectorSpec &spec,
                                                           const QString &name)
{
    auto secrets = SecretInput::read(spec, name, context.out());
    if (!secrets) {
        context.out().error(secrets.error());
        return std::nullopt;
    }
    for (const QString &value : std::as_const(*secrets))
        context.out().addSecret(value);
    return *secrets;
}

void SourceEditCommand::noteSessionOnlyStore(CliContext &context)
{
    SourceSecrets *secrets = context.secrets();
    if (secrets && secrets->store() && !secrets->store()->isPersistent())
        context.out().note(tr("MIQ_SECRET_STORE=memory: the secrets are kept in this process's memory only "
                              "and are forgotten when this command exits."));
}

int SourceEditCommand::add(CliContext &context, const CliInvocation &invocation)
{
    const QString name = invocation.value(QStringLiteral("name")).trimmed();
    const QString typeId = invocation.value(QStringLiteral("type"));
    if (name.isEmpty() || typeId.isEmpty()) {
        context.out().error(tr("'sources add' needs --name and --type. Run 'migrateiq-cli sources add --help' "
                               "for usage."));
        return code(ExitCode::Usage);
    }
    const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(typeId);
    if (!spec) {
        QStringList known;
        for (const ConnectorSpec &s : ConnectorRegistry::builtin().specs())
            known << s.typeId;
        context.out().error(tr("Unknown connector type '%1'. Known types: %2 (see 'migrateiq-cli types').")
                                .arg(typeId, known.join(QStringLiteral(", "))));
        return code(ExitCode::Usage);
    }
    const auto settings = parseSettings(context, *spec, invocation.values(QStringLiteral("set")));
    if (!settings)
        return code(ExitCode::Usage);
    const bool secretStdin = invocation.isSet(QStringLiteral("secret-stdin"));
    const QStringList secretKeys = spec->secretKeys();
    if (secretStdin && secretKeys.isEmpty()) {
        context.out().error(tr("%1 sources have no secret fields; leave out --secret-stdin.").arg(typeId));
        return code(ExitCode::Usage);
    }
    // Everything but the secrets first, so a typo is reported before anyone is asked for a password.
    auto &registry = ConnectorRegistry::builtin();
    if (reportProblems(context, *spec, name, registry.validate(typeId, settings->values, secretKeys)))
        return code(ExitCode::Usage);

    Workspace *ws = context.workspace();
    if (!ws)
        return code(ExitCode::Workspace);
    if (const auto existing = ws->sourceByName(name)) {
        context.out().error(tr("A source named '%1' already exists in workspace '%2' (type %3). Choose another "
                               "name, or change it with 'sources edit'.")
                                .arg(existing->name, QDir::toNativeSeparators(ws->path()), existing->typeId));
        return code(ExitCode::Usage);
    }

    SecretValues secrets;
    const bool canRead = secretStdin || SecretInput::stdinIsTerminal();
    if (!secretKeys.isEmpty() && canRead) {
        const auto read = readSecrets(context, *spec, name);
        if (!read)
            return code(ExitCode::Usage);
        secrets = *read;
    }
    for (auto it = secrets.begin(); it != secrets.end();)
        it = it.value().isEmpty() ? secrets.erase(it) : std::next(it);
    QStringList problems = registry.validate(typeId, settings->values, secrets.keys());
    if (!problems.isEmpty() && !canRead)
        problems << tr("Secret fields are read from standard input: pipe them in with --secret-stdin (one line per "
                       "secret field, or KEY=VALUE lines), or run the command in a terminal to be prompted.");
    if (reportProblems(context, *spec, name, problems))
        return code(ExitCode::Usage);

    SourceRecord record;
    record.name = name;
    record.typeId = typeId;
    record.settings = settings->values;
    record.secretKeys = orderedKeys(*spec, secrets);
    const auto id = ws->addSource(record);
    if (!id) {
        context.out().error(id.error());
        return code(ExitCode::Failure);
    }
    record.id = *id;

    if (!secrets.isEmpty()) {
        SourceSecrets *store = context.secrets();
        if (Status saved = store->saveBlocking(record.id, secrets); !saved) {
            context.out().warning(sentence(saved.error()) + QLatin1Char(' ')
                                  + tr("For migrateiq-cli the session is this one command: the secrets are lost "
                                       "when it exits."));
            // The workspace must not claim secrets the keychain does not have.
            record.secretKeys.clear();
            if (Status updated = ws->updateSource(record); !updated)
                context.out().warning(updated.error());
            context.out().error(tr("Source '%1' was added without its secrets because the keychain could not "
                                   "store them. Fix the keychain, then run: migrateiq-cli sources edit \"%1\" "
                                   "--secret-stdin")
                                    .arg(name));
            return code(ExitCode::Keychain);
        }
        noteSessionOnlyStore(context);
    }

    const auto added = ws->source(record.id);
    if (context.out().json())
        context.out().printJson(sourceJson(added ? *added : record));
    else
        context.out().print(tr("Added source '%1' (%2, #%3).").arg(name, typeId).arg(record.id));
    return code(ExitCode::Ok);
}

int SourceEditCommand::edit(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    const auto source = context.findSource(invocation.arguments.first(), &failure);
    if (!source)
        return code(failure);
    const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(source->typeId);
    if (!spec) {
        context.out().error(tr("Source '%1' has the connector type '%2', which this version does not know.")
                                .arg(source->name, source->typeId));
        return code(ExitCode::Usage);
    }
    auto settings = parseSettings(context, *spec, invocation.values(QStringLiteral("set")));
    if (!settings)
        return code(ExitCode::Usage);

    SourceRecord updated = *source;
    if (invocation.isSet(QStringLiteral("name"))) {
        updated.name = invocation.value(QStringLiteral("name")).trimmed();
        if (updated.name.isEmpty()) {
            context.out().error(tr("--name needs a non-empty name."));
            return code(ExitCode::Usage);
        }
    }
    QStringList clearedSecrets;
    for (const QString &key : invocation.values(QStringLiteral("unset"))) {
        const ConfigField *field = spec->field(key);
        if (!field && !source->settings.contains(key)) {
            context.out().error(tr("%1 has no setting '%2'.").arg(spec->displayName, key));
            return code(ExitCode::Usage);
        }
        if (field && field->secret)
            clearedSecrets << key;
        else
            settings->cleared << key;
    }
    for (const QString &key : std::as_const(settings->cleared))
        updated.settings.remove(key);
    for (auto it = settings->values.cbegin(); it != settings->values.cend(); ++it)
        updated.settings.insert(it.key(), it.value());

    SecretValues given;
    if (invocation.isSet(QStringLiteral("secret-stdin"))) {
        if (spec->secretKeys().isEmpty()) {
            context.out().error(tr("%1 sources have no secret fields; leave out --secret-stdin.").arg(spec->typeId));
            return code(ExitCode::Usage);
        }
        const auto read = readSecrets(context, *spec, updated.name);
        if (!read)
            return code(ExitCode::Usage);
        given = *read;
    }
    for (const QString &key : std::as_const(clearedSecrets))
        given.insert(key, QString());
    const bool secretsChange = !given.isEmpty();

    QStringList present = source->secretKeys;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        present.removeAll(it.key());
        if (!it.value().isEmpty())
            present << it.key();
    }
    if (reportProblems(context, *spec, updated.name,
                       ConnectorRegistry::builtin().validate(spec->typeId, updated.settings, present)))
        return code(ExitCode::Usage);
    if (!secretsChange && updated.name == source->name && updated.settings == source->settings) {
        context.out().error(tr("Nothing to change: give --set, --unset, --name or --secret-stdin."));
        return code(ExitCode::Usage);
    }
    Workspace *ws = context.workspace();
    if (const auto other = ws->sourceByName(updated.name); other && other->id != source->id) {
        context.out().error(tr("A source named '%1' already exists.").arg(other->name));
        return code(ExitCode::Usage);
    }

    // Secrets before the record: if the keychain fails, nothing has changed.
    if (secretsChange) {
        SourceSecrets *store = context.secrets();
        SecretValues merged;
        if (!source->secretKeys.isEmpty()) {
            auto existing = store->loadBlocking(source->id);
            if (!existing) {
                context.out().error(tr("Cannot read the secrets of source '%1' (secret store: %2): %3 Nothing was changed.")
                                        .arg(source->name, store->store()->description(), sentence(existing.error())));
                return code(ExitCode::Keychain);
            }
            merged = *existing;
        }
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            if (it.value().isEmpty())
                merged.remove(it.key());
            else
                merged.insert(it.key(), it.value());
        }
        if (Status saved = store->saveBlocking(source->id, merged); !saved) {
            context.out().error(tr("Cannot store the secrets of source '%1': %2 For migrateiq-cli the session is this one "
                                   "command, so they are lost; the source was not changed.")
                                    .arg(source->name, sentence(saved.error())));
            return code(ExitCode::Keychain);
        }
        noteSessionOnlyStore(context);
        updated.secretKeys = orderedKeys(*spec, merged);
    }

    if (Status saved = ws->updateSource(updated); !saved) {
        context.out().error(saved.error());
        return code(ExitCode::Failure);
    }
    const auto reread = ws->source(source->id);
    if (context.out().json())
        context.out().printJson(sourceJson(reread ? *reread : updated));
    else
        context.out().print(tr("Updated source '%1'. Run 'migrateiq-cli sources test \"%1\"' to check it.")
                                .arg(updated.name));
    return code(ExitCode::Ok);
}

} // namespace

QList<CliCommand> sourceEditCommands()
{
    const QCommandLineOption set(QStringLiteral("set"),
                                 SourceEditCommand::tr("A setting of the connector type (repeat for each; 'migrateiq-cli types' "
                                       "lists them). Relative file paths are stored as absolute paths. An "
                                       "empty VALUE leaves the setting at its default."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        SourceEditCommand::tr("Read the secret fields from standard input: one line per secret field in the order 'types' "
              "lists them (an empty line skips one), or KEY=VALUE lines. From a terminal, each is prompted "
              "for without echo."));

    CliCommand add;
    add.words = {QStringLiteral("sources"), QStringLiteral("add")};
    add.synopsis = QStringLiteral("--name NAME --type TYPE [--set KEY=VALUE]... [--secret-stdin]");
    add.summary = SourceEditCommand::tr("Add a source to the workspace");
    add.description = SourceEditCommand::tr(
        "The settings are checked against the type's fields: unknown keys, missing required fields, bad "
        "numbers and choices are refused (exit code 2). Secret fields (passwords, tokens) are never taken "
        "from --set: they are read from standard input with --secret-stdin, or prompted for without echo "
        "when standard input is a terminal; a required secret that cannot be read is an error. Secrets go "
        "to the system keychain, keyed by workspace and source; if the keychain cannot store them, the "
        "source is still added, without them, and the exit code is 4.\n\n"
        "Example:\n"
        "  migrateiq-cli sources add --name sales --type csv --set path=data/sales.csv --set delimiter=';'\n"
        "  printf '%s\\n' \"$PGPASSWORD\" | migrateiq-cli sources add --name crm --type postgres \\\n"
        "      --set host=db.local --set database=crm --set user=analyst --secret-stdin");
    add.options = {QCommandLineOption(QStringLiteral("name"), SourceEditCommand::tr("Name of the new source (unique in the "
                                                                     "workspace, ignoring case)."),
                                      QStringLiteral("NAME")),
                   QCommandLineOption(QStringLiteral("type"), SourceEditCommand::tr("Connector type, e.g. csv, json, sqlite, "
                                                                     "postgres (see 'migrateiq-cli types')."),
                                      QStringLiteral("TYPE")),
                   set, secretStdin};
    add.run = &SourceEditCommand::add;

    CliCommand edit;
    edit.words = {QStringLiteral("sources"), QStringLiteral("edit")};
    edit.synopsis = QStringLiteral("NAME [--set KEY=VALUE]... [--unset KEY]... [--name NEW] [--secret-stdin]");
    edit.summary = SourceEditCommand::tr("Change a source's name, settings or secrets");
    edit.description = SourceEditCommand::tr(
        "Settings not mentioned keep their values. Secrets change only with --secret-stdin (fields not "
        "given keep their stored value; a KEY= line clears one) or --unset KEY. The source's status goes "
        "back to untested.");
    edit.options = {QCommandLineOption(QStringLiteral("name"), SourceEditCommand::tr("New name of the source."), QStringLiteral("NEW")),
                    set,
                    QCommandLineOption(QStringLiteral("unset"),
                                       SourceEditCommand::tr("Remove a setting (back to its default) or a stored secret."),
                                       QStringLiteral("KEY")),
                    secretStdin};
    edit.minArguments = edit.maxArguments = 1;
    edit.run = &SourceEditCommand::edit;
    return {add, edit};
}

} // namespace miq
