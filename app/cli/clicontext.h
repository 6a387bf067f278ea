#pragma once

#include "app/cli/clioutput.h"
#include "connectors/connector.h"
#include "engine/secretstore.h"
#include "engine/sourcesecrets.h"
#include "engine/workspace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace miq {

// What a stream command (streams, preview) works on: a source of the workspace or a bare file.
struct CliTarget
{
    QString typeId;
    ConnectionSettings settings;
    std::optional<SourceRecord> source; // set when the argument named a workspace source
};

// State shared by the commands of one invocation: output, the workspace (opened on first use) and
// the secret store (created on first use, so commands on sources without secrets never touch
// the keychain - a server without one can still use file sources).
// Every method that fails prints the error itself and reports the exit code to return.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(CliOutput &out, QString workspacePath);
    ~CliContext();

    CliOutput &out() { return m_out; }
    QString workspacePath() const { return m_workspacePath; }

    // The default workspace: $MIQ_WORKSPACE, else <user data folder>/MigrateIQ/default.miq.
    static QString defaultWorkspacePath();

    // Opens the workspace, creating it when missing. nullptr after printing the error (exit 3).
    Workspace *workspace();
    // The source named `name` (or "#<id>"); nullopt after printing the error (exit 2 or 1).
    std::optional<SourceRecord> findSource(const QString &name, ExitCode *failure);

    // nullptr after printing the error (exit 4).
    SourceSecrets *secrets();
    // The stored secrets of `source` (none are read when it has no secret fields set); every value
    // is registered for redaction. nullopt after printing the error (exit 4 or 1).
    std::optional<SecretValues> loadSecrets(const SourceRecord &source, ExitCode *failure);

    // `arg` as a workspace source name, else as a file whose type its suffix tells. The workspace
    // is only opened when it exists, so previewing a file never creates one.
    std::optional<CliTarget> resolveTarget(const QString &arg, ExitCode *failure);

private:
    CliOutput &m_out;
    QString m_workspacePath;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<SourceSecrets> m_secrets;
};

} // namespace miq
