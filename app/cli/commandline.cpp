#include "app/cli/commandline.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/texttable.h"
#include "engine/workspace.h"

#include <QDir>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace miq {

namespace {

const QString program = QStringLiteral("migrateiq-cli");
constexpr int helpWidth = 100;
constexpr int optionColumn = 28;
constexpr int commandColumn = 47;

QString wrap(const QString &text, int indent)
{
    return TextTable::wrap(text, indent, helpWidth);
}

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// "  NAMES   description", the description wrapped in its own column.
QString entryHelp(const QString &names, const QString &description)
{
    const QString head = QStringLiteral("  ") + names;
    QString body = wrap(description, optionColumn);
    if (head.size() < optionColumn - 1)
        body.replace(0, head.size(), head);
    else
        body = head + QLatin1Char('\n') + body;
    return body;
}

QString optionsHelp(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options)
        text += entryHelp(optionNames(option), option.description());
    return text;
}

QString commandLine(const CliCommand &command)
{
    return command.words.join(QLatin1Char(' '))
           + (command.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + command.synopsis);
}

} // namespace

CommandLine::CommandLine()
{
    m_commands << typesCommands() << sourcesCommands() << sourceEditCommands() << browseCommands()
               << syncCommands() << jobsCommands() << runsCommands() << profileCommands();
    // The order of the help page: the life of a source, then what is in it, then moving its data.
    static const QStringList order = {QStringLiteral("types"), QStringLiteral("sources add"),
                                      QStringLiteral("sources list"), QStringLiteral("sources show"),
                                      QStringLiteral("sources edit"), QStringLiteral("sources test"),
                                      QStringLiteral("sources remove"), QStringLiteral("streams"),
                                      QStringLiteral("preview"), QStringLiteral("profile"), QStringLiteral("sync"),
                                      QStringLiteral("jobs add"), QStringLiteral("jobs edit"),
                                      QStringLiteral("jobs list"), QStringLiteral("jobs show"),
                                      QStringLiteral("jobs remove"), QStringLiteral("jobs run"),
                                      QStringLiteral("runs"), QStringLiteral("runs show"),
                                      QStringLiteral("run"), QStringLiteral("errors")};
    std::stable_sort(m_commands.begin(), m_commands.end(), [](const CliCommand &a, const CliCommand &b) {
        const auto rank = [](const CliCommand &c) {
            const qsizetype i = order.indexOf(c.words.join(QLatin1Char(' ')));
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--"))
            break;
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return QString();
}

QList<QCommandLineOption> CommandLine::globalOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("workspace"),
                           tr("The workspace file (*.miq). Default: $MIQ_WORKSPACE, else %1. Created when "
                              "missing (except by commands that do not need one).")
                               .arg(QDir::toNativeSeparators(CliContext::defaultWorkspacePath())),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("json"),
                           tr("Write results to standard output as JSON. Errors still go to standard "
                              "error as text.")),
        QCommandLineOption(QStringLiteral("lang"),
                           tr("Language of messages, e.g. de or fr (default: the system's)."),
                           QStringLiteral("L")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")),
    };
}

QStringList CommandLine::commandWords(const QStringList &arguments) const
{
    // Options that take a value: their value is not a command word.
    QSet<QString> withValue;
    QList<QCommandLineOption> all = globalOptions();
    for (const CliCommand &c : m_commands)
        all += c.options;
    for (const QCommandLineOption &o : all)
        if (!o.valueName().isEmpty())
            for (const QString &name : o.names())
                withValue.insert(name);

    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && withValue.contains(name))
                ++i;
            continue;
        }
        words << arg;
    }
    return words;
}

const CliCommand *CommandLine::match(const QStringList &words) const
{
    const CliCommand *best = nullptr;
    for (const CliCommand &c : m_commands) {
        if (c.words.size() <= words.size() && words.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

bool CommandLine::isGroup(const QString &word) const
{
    for (const CliCommand &c : m_commands)
        if (c.words.size() > 1 && c.words.first() == word)
            return true;
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    CliOutput out(arguments.contains(QLatin1String("--json")));
    QStringList words = commandWords(arguments);
    const bool wantsHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));

    // "help [COMMAND...]" is "COMMAND... --help".
    if (!words.isEmpty() && words.first() == QLatin1String("help")) {
        words.removeFirst();
        if (words.isEmpty()) {
            out.print(topHelp());
            return code(ExitCode::Ok);
        }
        if (const CliCommand *c = match(words)) {
            out.print(commandHelp(*c));
            return code(ExitCode::Ok);
        }
        if (isGroup(words.first())) {
            out.print(groupHelp(words.first()));
            return code(ExitCode::Ok);
        }
        out.error(tr("Unknown command '%1'. Run '%2 --help' for the list of commands.").arg(words.join(QLatin1Char(' ')), program));
        return code(ExitCode::Usage);
    }

    const CliCommand *command = match(words);
    if (!command) {
        if (words.isEmpty()) {
            if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v")))
                return version(out.json());
            if (wantsHelp) {
                out.print(topHelp());
                return code(ExitCode::Ok);
            }
            out.writeStderr(topHelp());
            out.error(tr("No command given."));
            return code(ExitCode::Usage);
        }
        if (isGroup(words.first())) {
            if (wantsHelp && words.size() == 1) {
                out.print(groupHelp(words.first()));
                return code(ExitCode::Ok);
            }
            QStringList subcommands;
            for (const CliCommand &c : m_commands)
                if (c.words.size() > 1 && c.words.first() == words.first())
                    subcommands << c.words[1];
            if (words.size() == 1)
                out.error(tr("'%1' needs a subcommand: %2. Run '%3 %1 --help' for details.")
                              .arg(words.first(), subcommands.join(QStringLiteral(", ")), program));
            else
                out.error(tr("Unknown command '%1 %2'; '%1' has: %3. Run '%4 %1 --help' for details.")
                              .arg(words[0], words[1], subcommands.join(QStringLiteral(", ")), program));
            return code(ExitCode::Usage);
        }
        out.error(tr("Unknown command '%1'. Run '%2 --help' for the list of commands.").arg(words.first(), program));
        return code(ExitCode::Usage);
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    const QString helpHint = tr("Run '%1 %2 --help' for usage.").arg(program, command->words.join(QLatin1Char(' ')));
    if (!parser.parse(arguments)) {
        out.error(parser.errorText() + QLatin1Char(' ') + helpHint);
        return code(ExitCode::Usage);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out.print(commandHelp(*command));
        return code(ExitCode::Ok);
    }
    out.setJson(parser.isSet(QStringLiteral("json")));

    QStringList rest = parser.positionalArguments().mid(command->words.size());
    if (rest.size() < command->minArguments || rest.size() > command->maxArguments) {
        if (rest.size() > command->maxArguments)
            out.error(tr("Unexpected argument '%1'. %2").arg(rest.value(command->maxArguments), helpHint));
        else
            out.error(tr("Missing argument: %1 %2. %3").arg(program, commandLine(*command), helpHint));
        return code(ExitCode::Usage);
    }

    const QString workspacePath = parser.isSet(QStringLiteral("workspace"))
                                      ? parser.value(QStringLiteral("workspace"))
                                      : CliContext::defaultWorkspacePath();
    if (workspacePath.isEmpty()) {
        out.error(tr("--workspace needs a file name. %1").arg(helpHint));
        return code(ExitCode::Usage);
    }
    CliContext context(out, workspacePath);
    return command->run(context, CliInvocation{parser, rest});
}

int CommandLine::version(bool json) const
{
    CliOutput out(json);
    if (json) {
        out.printJson(QJsonObject{{QStringLiteral("version"), QStringLiteral(MIQ_VERSION)},
                                  {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                  {QStringLiteral("workspace_schema"), Workspace::CurrentSchemaVersion}});
    } else {
        out.print(tr("%1 %2 (Qt %3, workspace schema %4)")
                      .arg(program, QStringLiteral(MIQ_VERSION), QString::fromLatin1(qVersion()))
                      .arg(Workspace::CurrentSchemaVersion));
    }
    return code(ExitCode::Ok);
}

QString CommandLine::exitCodesHelp() const
{
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  runtime failure (connection failed, read or write error)\n"
              "  2  usage error (bad arguments, unknown command, source or type, invalid settings)\n"
              "  3  the workspace cannot be opened (corrupt, locked, read-only, from a newer version)\n"
              "  4  the keychain failed (secrets could not be stored or read)\n")
           + tr("  130  a sync run was interrupted (Ctrl-C); run the same command again to resume it\n"
                "A sync run ('sync', 'jobs run') that fails or whose verification finds a mismatch exits with 1.\n");
}

QString CommandLine::topHelp() const
{
    QString text = tr("Usage: %1 [--workspace FILE] [--json] [--lang L] COMMAND [ARGUMENTS...]\n\n").arg(program);
    text += wrap(tr("MigrateIQ on the command line: manage the data sources of a workspace, list what they "
                    "contain and preview their rows, from scripts, schedulers and CI."),
                 0);
    text += wrap(tr("Copy their data into SQLite, CSV or NDJSON files with 'sync' or saved 'jobs': resumable "
                    "after a crash or Ctrl-C, verified at the end, bad rows quarantined ('errors')."),
                 0);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &c : m_commands) {
        const QString name = QStringLiteral("  ") + commandLine(c);
        if (name.size() < commandColumn - 1)
            text += name.leftJustified(commandColumn) + c.summary + QLatin1Char('\n');
        else
            text += name + QLatin1Char('\n') + QString(commandColumn, QLatin1Char(' ')) + c.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Global options (accepted before or after the command):") + QLatin1Char('\n');
    text += optionsHelp(globalOptions());
    text += optionsHelp({QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                            tr("Show the version and exit."))});
    text += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    text += entryHelp(QStringLiteral("MIQ_WORKSPACE"), tr("The default workspace file."));
    text += entryHelp(QStringLiteral("MIQ_SECRET_STORE"),
                      tr("'memory' keeps secrets in this process's memory instead of the keychain, for "
                         "tests: they are forgotten when the command exits."));
    text += QLatin1Char('\n') + exitCodesHelp();
    text += QLatin1Char('\n') + tr("Run '%1 COMMAND --help' for the options of a command.").arg(program) + QLatin1Char('\n');
    return text;
}

QString CommandLine::groupHelp(const QString &group) const
{
    QString text = tr("Usage: %1 [global options] %2 SUBCOMMAND [ARGUMENTS...]\n\n").arg(program, group);
    text += tr("Subcommands:") + QLatin1Char('\n');
    for (const CliCommand &c : m_commands) {
        if (c.words.size() < 2 || c.words.first() != group)
            continue;
        text += QString(QStringLiteral("  ") + c.words.mid(1).join(QLatin1Char(' '))).leftJustified(12) + c.summary
                + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
            + tr("Run '%1 %2 SUBCOMMAND --help' for the options of a subcommand.").arg(program, group)
            + QLatin1Char('\n');
    return text;
}

QString CommandLine::commandHelp(const CliCommand &command) const
{
    QString text = tr("Usage: %1 [global options] %2\n\n").arg(program, commandLine(command));
    text += wrap(command.summary + QLatin1Char('\n') + (command.description.isEmpty() ? QString() : QLatin1Char('\n') + command.description), 0);
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionsHelp(command.options);
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + optionsHelp(globalOptions());
    text += QLatin1Char('\n') + exitCodesHelp();
    return text;
}

} // namespace miq
