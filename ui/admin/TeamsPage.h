#pragma once

#include "ui/PageRegistry.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeView;

namespace hector::ui {

class AdminTreeModel;
class MessageBanner;
class TeamMembersModel;

// « Équipes » (module 4): the teams as a tree (parent team), create / rename / move / delete
// (confirmation; undo of a deletion re-creates the team with its members and objectives), the
// members of the selected team (add from the candidates of its entity, remove with undo) and its
// monthly objectives (revenue, appointments, signatures) with what the team achieved against
// them (« réalisé / objectif » and a progress bar each, from the server's actuals: won
// opportunities and appointments of the current members). Online only: without the server it says
// so, offers « Réessayer » and shows no data. Admins and managers write; presidents read.
class TeamsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamsPage(const PageContext &context, QWidget *parent = nullptr);

    AdminTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    TeamMembersModel *membersModel() const { return m_members; }
    QTreeView *tree() const { return m_tree; }
    MessageBanner *banner() const { return m_banner; }
    QJsonObject currentTeam() const { return m_team; }

    void reload();
    bool selectTeam(const QString &id);
    QString selectedId() const;
    // The actions behind the buttons, after their dialog or confirmation.
    void createTeam(const QString &name, const QString &entityId, const QString &parentTeamId);
    void renameTeam(const QString &id, const QString &name);
    void moveTeam(const QString &id, const QString &parentTeamId);
    void deleteTeam(const QString &id);
    void undoDelete();
    bool canUndoDelete() const { return !m_deleted.isEmpty(); }
    void addMember(const QString &userId);
    void removeMember(const QString &userId);
    void undoRemoveMember();
    void saveObjectives(const QDate &month, double revenueEur, int rdvCount, int signaturesCount);

signals:
    void loaded();         // the list of teams (success or failure)
    void detailLoaded();   // the selected team's members, objectives and candidates
    void actionFinished(bool ok);

private:
    void loadDetail();
    void showDetail();
    void showObjective();
    void showProgress(const QJsonObject &objective);
    void clearDetail();
    void updateButtons();
    void onCreateClicked();
    void onRenameClicked();
    void onMoveClicked();
    void onDeleteClicked();
    void onRemoveMemberClicked();
    void onSaveObjectivesClicked();
    void afterWrite(const QString &selectAfter);
    void fillParentTeams(QComboBox *combo, const QString &excluded, const QString &current) const;

    PageContext m_context;
    bool m_canWrite = false;
    MessageBanner *m_banner;
    QPushButton *m_retry;
    QLineEdit *m_search;
    QTreeView *m_tree;
    AdminTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_empty;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_move;
    QPushButton *m_delete;
    QPushButton *m_undo;
    QWidget *m_detail;
    QLabel *m_detailTitle;
    TeamMembersModel *m_members;
    QTableView *m_memberView;
    QComboBox *m_candidates;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    QPushButton *m_undoMember;
    QDateEdit *m_month;
    QDoubleSpinBox *m_revenue;
    QSpinBox *m_rdv;
    QSpinBox *m_signatures;
    QLabel *m_objectiveState;
    QPushButton *m_saveObjectives;
    // « Réalisé / objectif » of the month shown: revenue, appointments, signatures.
    QWidget *m_progress;
    QProgressBar *m_progressBars[3];
    QLabel *m_progressTexts[3];
    QJsonArray m_entities;
    QJsonObject m_team;      // the selected team with its members and objectives
    QJsonObject m_deleted;   // the last deleted team, for « Annuler la suppression »
    QJsonObject m_removed;   // the last removed member, for « Annuler le retrait »
    QString m_removedFrom;
    int m_detailRequest = 0;
    bool m_resetting = false;
};

} // namespace hector::ui
