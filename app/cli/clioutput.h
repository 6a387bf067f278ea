#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace miq {

// The process exit codes of migrateiq-cli, documented in docs/cli.md and `--help`.
enum class ExitCode {
    Ok = 0,
    Failure = 1,   // runtime failure: connection failed, read error, write error
    Usage = 2,     // bad arguments, unknown command/source/type, invalid configuration
    Workspace = 3, // the workspace cannot be opened (corrupt, locked, read-only, newer)
    Keychain = 4,  // the secret store failed
};

inline int code(ExitCode c)
{
    return int(c);
}

// `text` ending in a full stop, so another sentence can follow a message from a lower layer.
inline QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!')) || t.endsWith(QLatin1Char('?'))
               ? t
               : t + QLatin1Char('.');
}

// Where the CLI writes: results on stdout (text or JSON), diagnostics on stderr. Diagnostics go
// through redact() so that a secret the CLI has seen cannot reach the terminal or a log by way of
// a driver's error message.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json = false) : m_json(json) {}

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // stdout: results.
    void print(const QString &text) const; // a newline is added
    void printJson(const QJsonValue &value) const;

    // stderr: diagnostics, prefixed with the program name.
    void error(const QString &message) const;
    void warning(const QString &message) const;
    void note(const QString &message) const;
    void writeStderr(const QString &text) const; // raw, no prefix or newline (prompts)

    // Secrets seen by this process; removed from every diagnostic and stored status message.
    void addSecret(const QString &value);
    QString redact(const QString &text) const;

    // Width available for tables: $COLUMNS, else the terminal's width, else 120.
    static int terminalWidth();

private:
    bool m_json = false;
    QStringList m_secrets;
};

} // namespace miq
