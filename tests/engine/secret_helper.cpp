// A second process for tst_keychainsecretstore: proves that a secret really is in the system
// keychain (not in some cache of the writing process), and lets the test run the store against a
// broken or silent D-Bus without disturbing its own process.
//
//   secret_helper [--timeout-ms N] [--linger-ms N] read KEY
//   secret_helper [--timeout-ms N] [--linger-ms N] write KEY HEX
//   secret_helper [--timeout-ms N] [--linger-ms N] remove KEY
//
// stdout: "value <hex>" or "none" (read) or "ok" (write, remove), then "callbacks <n>";
// stderr: the store's error message. Secrets travel as hex: in argv for write (test secrets
// only) and on stdout for read, which the test reads through a pipe and never echoes.
// Exit codes: 0 done, 1 the store reported an error, 2 bad usage, 3 read found no entry.
// --linger-ms keeps the process running after the first callback, so that a second (wrong)
// callback would be counted.

#include "engine/keychainsecretstore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace miq;

namespace {

enum ExitCode { Done = 0, StoreError = 1, Usage = 2, NoEntry = 3 };

int usage()
{
    std::fputs("usage: secret_helper [--timeout-ms N] [--linger-ms N] read KEY | write KEY HEX | "
               "remove KEY\n",
               stderr);
    return Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);

    auto timeout = KeychainSecretStore::defaultTimeout;
    int lingerMs = 0;
    while (args.size() >= 2 && args.first().startsWith(QLatin1String("--"))) {
        bool ok = false;
        const int value = args.at(1).toInt(&ok);
        if (!ok || value < 0)
            return usage();
        if (args.first() == QLatin1String("--timeout-ms"))
            timeout = std::chrono::milliseconds(value);
        else if (args.first() == QLatin1String("--linger-ms"))
            lingerMs = value;
        else
            return usage();
        args.remove(0, 2);
    }
    if (args.size() < 2)
        return usage();
    const QString command = args.at(0);
    const QString key = args.at(1);

    KeychainSecretStore store(timeout);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int callbacks = 0;
    int exitCode = Done;

    // Only the first callback decides the outcome; later ones are counted, never printed.
    auto finish = [&](int code) {
        if (++callbacks > 1)
            return;
        exitCode = code;
        out.flush();
        err.flush();
        QTimer::singleShot(lingerMs, &app, &QCoreApplication::quit);
    };
    auto reportStatus = [&](const Status &status) {
        if (callbacks == 0) {
            if (status)
                out << "ok\n";
            else
                err << status.error() << '\n';
        }
        finish(status ? Done : StoreError);
    };

    if (command == QLatin1String("read") && args.size() == 2) {
        store.read(key, [&](Result<std::optional<QByteArray>> result) {
            int code = Done;
            if (!result)
                code = StoreError;
            else if (!result.value())
                code = NoEntry;
            if (callbacks == 0) {
                if (code == StoreError)
                    err << result.error() << '\n';
                else if (code == NoEntry)
                    out << "none\n";
                else
                    out << "value " << QString::fromLatin1(result.value()->toHex()) << '\n';
            }
            finish(code);
        });
    } else if (command == QLatin1String("write") && args.size() == 3) {
        const QByteArray hex = args.at(2).toLatin1();
        store.write(key, QByteArray::fromHex(hex), reportStatus);
    } else if (command == QLatin1String("remove") && args.size() == 2) {
        store.remove(key, reportStatus);
    } else {
        return usage();
    }

    app.exec();
    out << "callbacks " << callbacks << '\n';
    return exitCode;
}
