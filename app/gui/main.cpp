#include "engine/demoworkspace.h"
#include "translations/translator.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThreadPool>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MigrateIQ"));
    QApplication::setApplicationName(QStringLiteral("MigrateIQ"));
    QApplication::setApplicationVersion(QStringLiteral(MIQ_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MigrateIQ: move, verify and profile data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language, e.g. de or fr."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace file (*.miq) to open or create; "
                                                                 "the demo workspace when omitted."),
                                 QStringLiteral("[workspace]"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "Workspace file to open or create."),
                                             QStringLiteral("file"));
    parser.addOption(workspaceOption);
    parser.process(app);
    miq::installTranslations(parser.value(langOption));

    QString path = parser.value(workspaceOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty()) {
        const QString demoDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                    .filePath(QStringLiteral("demo"));
        const auto demo = miq::DemoWorkspace::ensure(QStringLiteral(":/samples"), demoDir);
        if (!demo) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "MigrateIQ"), demo.error());
            return 1;
        }
        path = *demo;
    }

    miq::MainWindow window;
    window.openWorkspace(path);
    window.show();
    const int status = app.exec();
    // Workers hold only value snapshots; let running previews/tests finish before exit.
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
