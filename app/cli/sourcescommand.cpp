#include "app/cli/sourcescommand.h"

#include "app/cli/clicommand.h"
#include "app/cli/texttable.h"
#include "app/cli/typescommand.h"
#include "connectors/connectorregistry.h"
#include "engine/sourceoperations.h"

#include <QJsonArray>

namespace miq {

namespace {

class SourcesCommand
{
    Q_DECLARE_TR_FUNCTIONS(SourcesCommand)

public:
    static int list(CliContext &context, const CliInvocation &invocation);
    static int show(CliContext &context, const CliInvocation &invocation);
    static int test(CliContext &context, const CliInvocation &invocation);
    static int remove(CliContext &context, const CliInvocation &invocation);
};

// Stable identifiers for JSON; sourceStatusName() is the translated form for text.
QString statusId(SourceRecord::Status status)
{
    switch (status) {
    case SourceRecord::Status::Untested: return QStringLiteral("untested");
    case SourceRecord::Status::Ok: return QStringLiteral("ok");
    case SourceRecord::Status::Failing: return QStringLiteral("failing");
    }
    return QString();
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString settingText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

// "key=value ..." of the non-secret settings, for one line of `sources list`.
QString settingsSummary(const SourceRecord &source)
{
    QStringList parts;
    for (auto it = source.settings.cbegin(); it != source.settings.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + settingText(it.value());
    return parts.join(QLatin1Char(' '));
}

} // namespace

QJsonObject sourceJson(const SourceRecord &source)
{
    QJsonObject settings;
    for (auto it = source.settings.cbegin(); it != source.settings.cend(); ++it)
        settings.insert(it.key(), QJsonValue::fromVariant(it.value()));
    QJsonObject secrets;
    if (const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(source.typeId))
        for (const QString &key : spec->secretKeys())
            secrets.insert(key, source.secretKeys.contains(key));
    for (const QString &key : source.secretKeys)
        secrets.insert(key, true);
    return QJsonObject{{QStringLiteral("id"), source.id},
                       {QStringLiteral("name"), source.name},
                       {QStringLiteral("type"), source.typeId},
                       {QStringLiteral("settings"), settings},
                       {QStringLiteral("secrets"), secrets},
                       {QStringLiteral("status"), statusId(source.status)},
                       {QStringLiteral("status_message"), source.statusMessage},
                       {QStringLiteral("checked_at"), timeJson(source.checkedAt)},
                       {QStringLiteral("created_at"), timeJson(source.createdAt)},
                       {QStringLiteral("updated_at"), timeJson(source.updatedAt)}};
}

QString sourceText(const SourceRecord &source)
{
    const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(source.typeId);
    QString status = sourceStatusName(source.status);
    if (!source.statusMessage.isEmpty())
        status += QStringLiteral(": ") + TextTable::singleLine(source.statusMessage);
    if (source.checkedAt.isValid())
        status += QLatin1Char(' ') + SourcesCommand::tr("(checked %1)").arg(timeText(source.checkedAt));

    TextTable header({QString(), QString()});
    header.setMaxCellWidth(100000);
    header.addRow({SourcesCommand::tr("Source"), QStringLiteral("%1 (#%2)").arg(source.name).arg(source.id)});
    header.addRow({SourcesCommand::tr("Type"), spec ? QStringLiteral("%1 - %2").arg(source.typeId, spec->displayName)
                                       : SourcesCommand::tr("%1 (unknown to this version)").arg(source.typeId)});
    header.addRow({SourcesCommand::tr("Status"), status});
    header.addRow({SourcesCommand::tr("Created"), timeText(source.createdAt)});
    header.addRow({SourcesCommand::tr("Updated"), timeText(source.updatedAt)});
    // The header table's first two lines are its (empty) headings and rule.
    QString text = header.render(100000).section(QLatin1Char('\n'), 2);

    TextTable settings({SourcesCommand::tr("SETTING"), SourcesCommand::tr("VALUE")});
    settings.setMaxCellWidth(100000);
    QStringList shown;
    if (spec) {
        for (const ConfigField &field : spec->fields) {
            shown << field.key;
            QString value;
            if (field.secret)
                value = source.secretKeys.contains(field.key) ? SourcesCommand::tr("set (secret)")
                                                              : SourcesCommand::tr("not set (secret)");
            else if (source.settings.contains(field.key))
                value = settingText(source.settings.value(field.key));
            else if (!fieldDefaultText(field).isEmpty())
                value = SourcesCommand::tr("(default: %1)").arg(fieldDefaultText(field));
            else
                value = SourcesCommand::tr("(not set)");
            settings.addRow({field.key, value});
        }
    }
    for (auto it = source.settings.cbegin(); it != source.settings.cend(); ++it)
        if (!shown.contains(it.key()))
            settings.addRow({it.key(), settingText(it.value())});
    text += QLatin1Char('\n') + settings.render(100000);
    return text.trimmed();
}

void printSource(CliContext &context, const SourceRecord &source)
{
    if (context.out().json())
        context.out().printJson(sourceJson(source));
    else
        context.out().print(sourceText(source));
}

int SourcesCommand::list(CliContext &context, const CliInvocation &)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return code(ExitCode::Workspace);
    const auto sources = ws->sources();
    if (!sources) {
        context.out().error(sources.error());
        return code(ExitCode::Failure);
    }
    if (context.out().json()) {
        QJsonArray array;
        for (const SourceRecord &s : *sources)
            array.append(sourceJson(s));
        context.out().printJson(array);
        return code(ExitCode::Ok);
    }
    if (sources->isEmpty()) {
        context.out().print(tr("No sources yet. Add one with: migrateiq-cli sources add --name NAME --type TYPE "
                               "--set KEY=VALUE (see 'migrateiq-cli types')."));
        return code(ExitCode::Ok);
    }
    TextTable table({tr("NAME"), tr("TYPE"), tr("STATUS"), tr("CHECKED"), tr("SETTINGS")});
    table.setMaxCellWidth(60);
    for (const SourceRecord &s : *sources)
        table.addRow({s.name, s.typeId, sourceStatusName(s.status), timeText(s.checkedAt), settingsSummary(s)});
    context.out().print(table.render(CliOutput::terminalWidth()).chopped(1));
    return code(ExitCode::Ok);
}

int SourcesCommand::show(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    const auto source = context.findSource(invocation.arguments.first(), &failure);
    if (!source)
        return code(failure);
    printSource(context, *source);
    return code(ExitCode::Ok);
}

int SourcesCommand::test(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    const auto source = context.findSource(invocation.arguments.first(), &failure);
    if (!source)
        return code(failure);
    const auto secrets = context.loadSecrets(*source, &failure);
    if (!secrets)
        return code(failure);

    const auto result = SourceOperations::testConnection(source->typeId,
                                                         SourceOperations::connectionSettings(*source, *secrets));
    // A driver may quote what it was given; what is stored and shown must not hold a secret.
    const QString message = context.out().redact(result ? *result : result.error());
    const auto status = result ? SourceRecord::Status::Ok : SourceRecord::Status::Failing;
    if (Status recorded = context.workspace()->setSourceStatus(source->id, status, message); !recorded)
        context.out().warning(recorded.error());

    if (context.out().json()) {
        const auto updated = context.workspace()->source(source->id);
        context.out().printJson(QJsonObject{
            {QStringLiteral("id"), source->id},
            {QStringLiteral("name"), source->name},
            {QStringLiteral("ok"), result.ok()},
            {QStringLiteral("status"), statusId(status)},
            {QStringLiteral("message"), message},
            {QStringLiteral("checked_at"), updated ? timeJson(updated->checkedAt) : QJsonValue(QJsonValue::Null)}});
    }
    if (!result) {
        context.out().error(tr("Connection test of source '%1' failed: %2").arg(source->name, message));
        return code(ExitCode::Failure);
    }
    if (!context.out().json())
        context.out().print(tr("Source '%1': connection ok - %2").arg(source->name, message));
    return code(ExitCode::Ok);
}

int SourcesCommand::remove(CliContext &context, const CliInvocation &invocation)
{
    ExitCode failure = ExitCode::Ok;
    const auto source = context.findSource(invocation.arguments.first(), &failure);
    if (!source)
        return code(failure);
    // Secrets first: if the keychain refuses, the source stays so the removal can be retried and
    // no orphaned secret is left behind without a way to reach it.
    if (!source->secretKeys.isEmpty()) {
        SourceSecrets *secrets = context.secrets();
        if (!secrets)
            return code(ExitCode::Workspace);
        if (Status removed = secrets->removeBlocking(source->id); !removed) {
            if (!invocation.isSet(QStringLiteral("force"))) {
                context.out().error(tr("Cannot remove the secrets of source '%1' (secret store: %2): %3 The source "
                                       "was kept; fix the keychain and try again, or use --force to remove "
                                       "the source and leave its secrets in the keychain.")
                                        .arg(source->name, secrets->store()->description(), sentence(removed.error())));
                return code(ExitCode::Keychain);
            }
            context.out().warning(tr("Cannot remove the secrets of source '%1' (secret store: %2): %3 They stay "
                                     "in the keychain under '%4'.")
                                      .arg(source->name, secrets->store()->description(), sentence(removed.error()),
                                           SourceSecrets::keyFor(context.workspace()->id(), source->id)));
        }
    }
    if (Status removed = context.workspace()->removeSource(source->id); !removed) {
        context.out().error(removed.error());
        return code(ExitCode::Failure);
    }
    if (context.out().json())
        context.out().printJson(QJsonObject{{QStringLiteral("id"), source->id},
                                            {QStringLiteral("name"), source->name},
                                            {QStringLiteral("removed"), true}});
    else
        context.out().print(tr("Removed source '%1'.").arg(source->name));
    return code(ExitCode::Ok);
}

QList<CliCommand> sourcesCommands()
{
    CliCommand list;
    list.words = {QStringLiteral("sources"), QStringLiteral("list")};
    list.summary = SourcesCommand::tr("List the sources of the workspace");
    list.description = SourcesCommand::tr("One line per source: name, type, status of the last connection test, when it "
                             "ran, and the non-secret settings. With --json, an array of the objects "
                             "'sources show --json' prints.");
    list.run = &SourcesCommand::list;

    CliCommand show;
    show.words = {QStringLiteral("sources"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("NAME");
    show.summary = SourcesCommand::tr("Show a source's settings and status");
    show.description = SourcesCommand::tr("Every setting of the source's type with its value or default; secret fields "
                             "only as set or not set, never their values; the last connection test's "
                             "status and message; when the source was created and last changed. NAME may "
                             "also be #ID.");
    show.minArguments = show.maxArguments = 1;
    show.run = &SourcesCommand::show;

    CliCommand test;
    test.words = {QStringLiteral("sources"), QStringLiteral("test")};
    test.synopsis = QStringLiteral("NAME");
    test.summary = SourcesCommand::tr("Test the connection of a source and record the result");
    test.description = SourcesCommand::tr("Connects with the stored settings and the secrets from the keychain, prints "
                             "what was found (or the error, exit code 1) and records the result as the "
                             "source's status. With --json the result object is printed in both cases.");
    test.minArguments = test.maxArguments = 1;
    test.run = &SourcesCommand::test;

    CliCommand remove;
    remove.words = {QStringLiteral("sources"), QStringLiteral("remove")};
    remove.synopsis = QStringLiteral("NAME [--force]");
    remove.summary = SourcesCommand::tr("Remove a source and its secrets");
    remove.description = SourcesCommand::tr("Removes the source's secrets from the keychain, then the source. If the "
                               "keychain fails, the source is kept (exit code 4) unless --force is given.");
    remove.options = {QCommandLineOption(QStringLiteral("force"),
                                         SourcesCommand::tr("Remove the source even when its secrets cannot be removed "
                                               "from the keychain."))};
    remove.minArguments = remove.maxArguments = 1;
    remove.run = &SourcesCommand::remove;

    return {list, show, test, remove};
}

} // namespace miq
