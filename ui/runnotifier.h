#pragma once

#include <QFrame>

class QLabel;
class QSystemTrayIcon;
class QTimer;

namespace miq {

// Tells the user that a run ended: a desktop notification through the system tray where one
// exists, otherwise this banner (placed at the top of a pane), which hides itself after a few
// seconds. Never requires a tray: offscreen and bare X sessions have none.
class RunNotifier : public QFrame
{
    Q_OBJECT

public:
    explicit RunNotifier(QWidget *parent = nullptr);

    void notify(const QString &title, const QString &message, bool ok);

private:
    QLabel *m_text;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace miq
