#include "ui/mainwindow.h"

#include "engine/secretstore.h"
#include "engine/sourcesecrets.h"
#include "engine/sync/jobrunner.h"
#include "engine/sync/jobstore.h"
#include "engine/profile/profilestore.h"
#include "engine/workspace.h"
#include "models/jobsmodel.h"
#include "models/sourcesmodel.h"
#include "ui/jobspane.h"
#include "ui/profilepane.h"
#include "ui/sourcespane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>

namespace miq {

namespace {
constexpr int MaxRecent = 8;
const char recentKey[] = "workspaces/recent";
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_jobRunner(new JobRunner(this))
    , m_secretStore(SecretStore::createDefault(this).release())
    , m_sourcesModel(new SourcesModel(this))
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_sourcesPane(new SourcesPane(m_sourcesModel))
    , m_jobsModel(new JobsModel(this))
    , m_jobsPane(new JobsPane(m_jobsModel, m_jobRunner))
    , m_profilePane(new ProfilePane(m_sourcesModel))
    , m_workspaceLabel(new QLabel)
    , m_keychainLabel(new QLabel)
{
    setWindowTitle(tr("MigrateIQ"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Sources"));
    m_navigation->addItem(tr("Jobs"));
    m_navigation->addItem(tr("Profiles"));
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("Profiles")) * 2 + 24);
    m_navigation->setCurrentRow(0);
    m_stack->addWidget(m_sourcesPane);
    m_stack->addWidget(m_jobsPane);
    m_stack->addWidget(m_profilePane);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_keychainLabel->setText(tr("Secrets: %1").arg(m_secretStore->description()));
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);
    connect(m_sourcesPane, &SourcesPane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_jobsPane, &JobsPane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_profilePane, &ProfilePane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_sourcesPane, &SourcesPane::profileRequested, this, &MainWindow::showProfiles);

    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_sourcesPane->restoreState(settings.value(QStringLiteral("window/sourcesPane")).toByteArray());
    m_jobsPane->restoreState(settings.value(QStringLiteral("window/jobsPane")).toByteArray());
    m_profilePane->restoreState(settings.value(QStringLiteral("window/profilePane")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Runs stop at a checkpoint (resumable) before the store they report to goes away, and the
    // models must not outlive the workspace they read.
    m_jobRunner->interruptAllAndWait();
    m_jobsPane->setStore(nullptr);
    m_profilePane->setStore(nullptr);
    m_profileStore.reset();
    (void)m_sourcesModel->setWorkspace(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();

    QMenu *source = menuBar()->addMenu(tr("&Source"));
    source->addAction(m_sourcesPane->addAction());
    source->addAction(m_sourcesPane->editAction());
    source->addAction(m_sourcesPane->duplicateAction());
    source->addAction(m_sourcesPane->testAction());
    source->addAction(m_sourcesPane->refreshAction());
    source->addSeparator();
    source->addAction(m_sourcesPane->removeAction());

    QMenu *job = menuBar()->addMenu(tr("&Job"));
    job->addAction(m_jobsPane->addAction());
    job->addAction(m_jobsPane->editAction());
    job->addSeparator();
    job->addAction(m_jobsPane->runAction());
    job->addAction(m_jobsPane->pauseAction());
    job->addAction(m_jobsPane->cancelAction());
    job->addAction(m_jobsPane->retryAction());
    job->addSeparator();
    job->addAction(m_jobsPane->removeAction());

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(m_profilePane->startAction());
    profile->addAction(m_profilePane->cancelAction());
    profile->addSeparator();
    profile->addAction(m_profilePane->compareAction());
    profile->addAction(m_profilePane->exportHtmlAction());
    profile->addAction(m_profilePane->exportJsonAction());
    profile->addSeparator();
    profile->addAction(m_profilePane->removeAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MigrateIQ"), this, &MainWindow::about);
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_jobsPane->hasActiveRuns()) {
        const auto answer = QMessageBox::question(
            this, tr("Jobs Are Running"),
            tr("Sync jobs of this workspace are running. Interrupt them to open another workspace? "
               "They resume from their last checkpoint when run again."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot Open Workspace"), opened.error());
        return false;
    }
    m_jobRunner->interruptAllAndWait();
    m_jobsPane->setStore(nullptr);
    m_jobStore.reset();
    m_profilePane->setStore(nullptr);
    m_profileStore.reset();
    (void)m_sourcesModel->setWorkspace(nullptr);
    delete m_secrets;
    m_workspace = std::move(*opened);
    m_secrets = new SourceSecrets(m_secretStore, m_workspace->id(), this);
    m_sourcesPane->setSecrets(m_secrets);
    m_jobsPane->setSecrets(m_secrets);
    m_profilePane->setSecrets(m_secrets);
    if (Status s = m_sourcesModel->setWorkspace(m_workspace.get()); !s)
        QMessageBox::warning(this, tr("Cannot Read Sources"), s.error());
    if (auto store = JobStore::open(m_workspace->path()); store) {
        m_jobStore = std::move(*store);
        // Runs a crashed or killed process left 'running' show as interrupted, ready to resume.
        if (Status s = m_jobStore->markInterruptedRuns(); !s)
            statusBar()->showMessage(s.error(), 8000);
        m_jobsPane->setStore(m_jobStore.get());
    } else {
        QMessageBox::warning(this, tr("Cannot Read Jobs"), store.error());
    }
    m_profileStore = std::make_unique<ProfileStore>(m_workspace.get());
    m_profilePane->setStore(m_profileStore.get());
    setWindowTitle(tr("%1 — MigrateIQ").arg(QFileInfo(path).completeBaseName()));
    m_workspaceLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
    addRecent(m_workspace->path());
    if (m_sourcesModel->rowCount() > 0)
        m_sourcesPane->selectSource(m_sourcesModel->data(m_sourcesModel->index(0, 0), SourcesModel::IdRole).toLongLong());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_workspace->path())), 4000);
    return true;
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                tr("MigrateIQ workspaces (*.miq)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".miq");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Workspace"),
                             tr("'%1' already exists. Use Open Workspace to open it.").arg(path));
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QDir::homePath(),
                                                      tr("MigrateIQ workspaces (*.miq);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(recentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(recentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(recentKey)).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showProfiles(qint64 sourceId, const QString &stream)
{
    m_navigation->setCurrentRow(m_stack->indexOf(m_profilePane));
    m_profilePane->selectStream(sourceId, stream);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About MigrateIQ"),
                       tr("<h3>MigrateIQ %1</h3><p>Move data between systems and trust what arrived.</p>"
                          "<p>Secrets are kept in: %2.</p>")
                           .arg(QApplication::applicationVersion(), m_secretStore->description()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sourcesPane"), m_sourcesPane->saveState());
    settings.setValue(QStringLiteral("window/jobsPane"), m_jobsPane->saveState());
    settings.setValue(QStringLiteral("window/profilePane"), m_profilePane->saveState());
    // A running profile stops at its next batch; nothing of it is saved.
    m_profilePane->cancelProfiling();
    if (m_jobsPane->hasActiveRuns()) {
        // Stops every run at its next checkpoint: they are left 'interrupted' and resume when run
        // again. Waiting is short (one batch), and nothing else needs the window any more.
        statusBar()->showMessage(tr("Stopping the running jobs at their last checkpoint…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_jobRunner->interruptAllAndWait();
        QApplication::restoreOverrideCursor();
    }
    event->accept();
}

} // namespace miq
