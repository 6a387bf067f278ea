#pragma once

#include "app/cli/clioutput.h"
#include "connectors/connectorspec.h"
#include "connectors/result.h"
#include "engine/sourcesecrets.h"

#include <QCoreApplication>

namespace miq {

// Reads the secret fields of a connector type from standard input, so that secrets never appear
// on the command line (shell history, process lists).
// - From a terminal: one prompt per secret field on stderr, with echo off.
// - From a pipe or file: one line per secret field in the type's field order, or KEY=VALUE lines
//   (a line is KEY=VALUE when the text before its first '=' is the key of a secret field).
// The result holds the fields that were given: an empty positional line or an empty answer to a
// prompt gives nothing for that field; "KEY=" gives KEY with an empty value (edit: clear it).
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static bool stdinIsTerminal();

    // `sourceName` is for the prompts. Errors never contain what was read.
    static Result<SecretValues> read(const ConnectorSpec &spec, const QString &sourceName, const CliOutput &out);

private:
    static Result<SecretValues> prompt(const ConnectorSpec &spec, const QString &sourceName, const CliOutput &out);
    static Result<SecretValues> readLines(const ConnectorSpec &spec);
};

} // namespace miq
