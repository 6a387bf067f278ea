#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace miq {

class JobRunner;
class JobStore;
class JobsModel;
class JobsPane;
class ProfilePane;
class ProfileStore;
class SecretStore;
class SourceSecrets;
class SourcesModel;
class SourcesPane;
class Workspace;

// The main window: navigation on the left (Sources, Jobs, Profiles),
// the current pane on the right, the workspace in the title and the status bar. It owns the
// open workspace and delegates each pane's work to the pane's own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it when missing); on failure tells the user and keeps the current one.
    bool openWorkspace(const QString &path);
    SourcesPane *sourcesPane() const { return m_sourcesPane; }
    JobsPane *jobsPane() const { return m_jobsPane; }
    ProfilePane *profilePane() const { return m_profilePane; }
    // Shows the Profiles pane with `stream` of source `sourceId` chosen.
    void showProfiles(qint64 sourceId, const QString &stream);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newWorkspace();
    void chooseWorkspace();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void about();

    std::unique_ptr<Workspace> m_workspace;
    // The jobs of the open workspace, through its own connection (GUI thread; runs open theirs).
    std::unique_ptr<JobStore> m_jobStore;
    // The saved profiles of the open workspace, through the workspace's connection (GUI thread).
    std::unique_ptr<ProfileStore> m_profileStore;
    JobRunner *m_jobRunner;
    SecretStore *m_secretStore;
    SourceSecrets *m_secrets = nullptr;
    SourcesModel *m_sourcesModel;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    SourcesPane *m_sourcesPane;
    JobsModel *m_jobsModel;
    JobsPane *m_jobsPane;
    ProfilePane *m_profilePane;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel;
    QLabel *m_keychainLabel;
};

} // namespace miq
