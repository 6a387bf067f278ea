// migrateiq-cli: the MigrateIQ engine without a GUI, for scripts, schedulers and CI.
// main() only sets up the application and hands the arguments to CommandLine.

#include "app/cli/commandline.h"
#include "translations/translator.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Output is written as UTF-8; make the console read it as such.
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("migrateiq-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MigrateIQ"));

    const QStringList arguments = QCoreApplication::arguments();
    // Before any text is made: command help texts are translated when the commands are built.
    miq::installTranslations(miq::CommandLine::languageArgument(arguments));

    miq::CommandLine commandLine;
    return commandLine.run(arguments);
}
