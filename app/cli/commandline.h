#pragma once

#include "app/cli/clicommand.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace miq {

// Finds the command in the arguments, parses its options (global options are accepted anywhere),
// renders the help pages and runs the command. Returns the process exit code.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    int run(const QStringList &arguments);

    // "--lang L" / "--lang=L" wherever it is, so translations are installed before any text is made.
    static QString languageArgument(const QStringList &arguments);

private:
    QList<QCommandLineOption> globalOptions() const;
    QStringList commandWords(const QStringList &arguments) const;
    const CliCommand *match(const QStringList &words) const;
    bool isGroup(const QString &word) const;

    QString topHelp() const;
    QString groupHelp(const QString &group) const;
    QString commandHelp(const CliCommand &command) const;
    QString exitCodesHelp() const;
    int version(bool json) const;

    QList<CliCommand> m_commands;
};

} // namespace miq
