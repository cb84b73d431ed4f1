#pragma once

#include "ServerProfiles.h"

#include <QDialog>

class EnvironmentStrip;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File > Servers...: the saved servers, in order, each with its name, address, how to sign in,
// environment (and colour) and CA file. Add, Duplicate, Delete, Move Up/Down, Import and Export
// (JSON, never a secret). The changes count only when the dialog closes with OK, and only
// when every server is valid (a name, unique, and an address).
class ServersDialog : public QDialog
{
    Q_OBJECT

public:
    ServersDialog(const QList<ServerProfile> &servers, const QString &currentId,
                  QWidget *parent = nullptr);
    ~ServersDialog() override;

    QList<ServerProfile> servers() const { return m_servers; }
    // Import and Export after their file dialogs (and the tests' way in). The report of an
    // import is shown in the dialog; nothing saved before is changed by it.
    ServerImportReport importFrom(const QString &path);
    bool exportTo(const QString &path, QString *error);
    // Why OK is refused now (empty: the servers may be saved).
    QString problem() const;
    void selectRow(int row);

    void accept() override;

private:
    void showRow(int row);
    void refreshList();
    void formEdited();
    void updateButtons();
    void addServer();
    void duplicateServer();
    void deleteServer();
    void moveServer(int by);
    void setMessage(const QString &text, bool error);

    QList<ServerProfile> m_servers;
    QString m_currentId;
    int m_row = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_nameEdit;
    QLineEdit *m_urlEdit;
    QComboBox *m_environmentCombo;
    QPushButton *m_colourButton;
    QPushButton *m_defaultColourButton;
    QComboBox *m_methodCombo;
    QLineEdit *m_clientIdEdit;
    QLineEdit *m_usernameEdit;
    QLineEdit *m_caFileEdit;
    QPushButton *m_caBrowseButton;
    EnvironmentStrip *m_strip;
    QLabel *m_messageLabel;
    QPushButton *m_addButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QWidget *m_form;
};
