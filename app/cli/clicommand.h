#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace miq {

class CliContext;

// What a command handler gets: the parsed options and the positional arguments that follow the
// command words ("sources show X" -> {"X"}).
struct CliInvocation
{
    const QCommandLineParser &parser;
    QStringList arguments;

    bool isSet(const QString &name) const { return parser.isSet(name); }
    QString value(const QString &name) const { return parser.value(name); }
    QStringList values(const QString &name) const { return parser.values(name); }
};

// One command of the CLI. Its help page is generated from these fields, so what `--help` says is
// what the parser accepts.
struct CliCommand
{
    QStringList words;    // {"sources", "add"}
    QString synopsis;     // arguments after the words, e.g. "--name N --type T [--set KEY=VALUE]..."
    QString summary;      // one line for the command list
    QString description;  // paragraphs for the command's own help page
    QList<QCommandLineOption> options;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<int(CliContext &, const CliInvocation &)> run;
};

// Built by each command group's file.
QList<CliCommand> typesCommands();
QList<CliCommand> sourcesCommands();
QList<CliCommand> sourceEditCommands();
QList<CliCommand> browseCommands();
QList<CliCommand> syncCommands();
QList<CliCommand> jobsCommands();
QList<CliCommand> runsCommands();
QList<CliCommand> profileCommands();

} // namespace miq
