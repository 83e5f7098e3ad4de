<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddChartDialog</name>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="95"/>
        <source>Add chart</source>
        <translation>Ajouter un graphique</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="100"/>
        <source>Line over years</source>
        <translation>Courbe sur les années</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="100"/>
        <source>Bars over years</source>
        <translation>Barres sur les années</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="101"/>
        <source>Stacked bars over years</source>
        <translation>Barres empilées sur les années</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="102"/>
        <source>Top partner countries</source>
        <translation>Principaux pays partenaires</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="103"/>
        <source>Age pyramid (male left, female right)</source>
        <translation>Pyramide des âges (hommes à gauche, femmes à droite)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="104"/>
        <source>Donut (shares of a whole)</source>
        <translation>Anneau (parts d&apos;un total)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="110"/>
        <source>Nothing (totals)</source>
        <translation>Aucune (totaux)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="110"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="111"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="111"/>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="112"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="116"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="117"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="118"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="119"/>
        <source>Split by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="149"/>
        <source>Tick at least one indicator to chart.</source>
        <translation>Cochez au moins un indicateur à représenter.</translation>
    </message>
</context>
<context>
    <name>AddRowDialog</name>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="229"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="241"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="242"/>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="243"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="258"/>
        <source>No indicator of this section can be broken down further.</source>
        <translation>Aucun indicateur de cette section ne peut être ventilé davantage.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="261"/>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="261"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="262"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="285"/>
        <source>Type the age group or category to add.</source>
        <translation>Saisissez le groupe d&apos;âge ou la catégorie à ajouter.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../mpdesk/guide/catalog.py" line="212"/>
        <source>The guidance catalogue file {name} cannot be read: {why}</source>
        <translation>Le fichier du catalogue d&apos;orientations {name} ne peut pas être lu : {why}</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="63"/>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="116"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="64"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="69"/>
        <source>Save source and note</source>
        <translation>Enregistrer la source et la note</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="110"/>
        <source>Several sources give a figure. Choose the one the profile uses:</source>
        <translation>Plusieurs sources fournissent une donnée. Choisissez celle que retient le profil :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="114"/>
        <source>Figures given by each source</source>
        <translation>Données fournies par chaque source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="116"/>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="116"/>
        <source>Used</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="125"/>
        <source>Use the selected figure</source>
        <translation>Retenir la donnée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="154"/>
        <source>Select a cell to see its source and note.</source>
        <translation>Sélectionnez une cellule pour afficher sa source et sa note.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="163"/>
        <source>Computed from other figures</source>
        <translation>Calculé à partir d&apos;autres données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="163"/>
        <source>No figure yet</source>
        <translation>Aucune donnée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="171"/>
        <source>Not in the report&apos;s series: the report prints &apos;..&apos; for this year.</source>
        <translation>Hors de la série du rapport : le rapport imprime « .. » pour cette année.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="179"/>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="180"/>
        <source>Imported from a file (see the import log); you can overwrite it by typing.</source>
        <translation>Importé d&apos;un fichier (voir le journal des importations) ; vous pouvez le remplacer en saisissant une valeur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="181"/>
        <source>Typed in by the team.</source>
        <translation>Saisi par l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="204"/>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="204"/>
        <source>In use</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="vanished">Provisoire</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="vanished">Estimation</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="vanished">Définitif</translation>
    </message>
    <message>
        <source>Use this figure</source>
        <translation type="vanished">Retenir cette donnée</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="43"/>
        <source>Add chart…</source>
        <translation>Ajouter un graphique…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="72"/>
        <source>No figures yet for: {charts}.</source>
        <translation>Aucune donnée pour l&apos;instant pour : {charts}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="74"/>
        <source>This section has no charts yet. Add one from any indicator.</source>
        <translation>Cette section n&apos;a pas encore de graphique. Ajoutez-en un à partir de n&apos;importe quel indicateur.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="81"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="114"/>
        <source>Save as PNG image…</source>
        <translation>Enregistrer en image PNG…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="115"/>
        <source>Save as SVG drawing…</source>
        <translation>Enregistrer en dessin SVG…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="250"/>
        <source>no figure</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="277"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="277"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="278"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="208"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="76"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="193"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="118"/>
        <location filename="../../mpdesk/charts/build.py" line="146"/>
        <source>{name}, {year}</source>
        <translation>{name}, {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="159"/>
        <source>Source: {sources}.</source>
        <translation>Source : {sources}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="208"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="174"/>
        <source>{names} ({unit})</source>
        <translation>{names} ({unit})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="211"/>
        <source>No figures yet for {names}.</source>
        <translation>Aucune donnée pour l&apos;instant pour {names}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="31"/>
        <source>Choose at least one indicator to chart.</source>
        <translation>Choisissez au moins un indicateur à représenter.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="36"/>
        <source>A chart can be split by sex, age group, partner country or category only.</source>
        <translation>Un graphique ne peut être ventilé que par sexe, groupe d&apos;âge, pays partenaire ou catégorie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="50"/>
        <source>Delete chart</source>
        <translation>Supprimer le graphique</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="53"/>
        <source>That chart no longer exists.</source>
        <translation>Ce graphique n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="26"/>
        <source>There is no report section &apos;{key}&apos;.</source>
        <translation>Il n&apos;existe pas de section du rapport « {key} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="28"/>
        <source>&apos;{kind}&apos; is not a kind of chart; choose one of {kinds}.</source>
        <translation>« {kind} » n&apos;est pas un type de graphique ; choisissez parmi {kinds}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="34"/>
        <source>&apos;{key}&apos; is not an indicator of this profile.</source>
        <translation>« {key} » n&apos;est pas un indicateur de ce profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="42"/>
        <source>Add chart {title}</source>
        <translation>Ajouter le graphique {title}</translation>
    </message>
    <message>
        <source>Figures for {years} are estimates.</source>
        <translation type="vanished">Les données pour {years} sont des estimations.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mpdesk/cli.py" line="68"/>
        <source>create a new profile file</source>
        <translation>créer un nouveau fichier de profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="79"/>
        <source>describe a profile and its progress</source>
        <translation>décrire un profil et son avancement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="82"/>
        <source>list the guidance catalogue</source>
        <translation>afficher le catalogue d&apos;orientations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="86"/>
        <source>write the Kenya 2020 training sample profile</source>
        <translation>écrire le profil d&apos;exemple de formation Kenya 2020</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="89"/>
        <source>export a profile as CSV, PDF or Excel</source>
        <translation>exporter un profil en CSV, PDF ou Excel</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="96"/>
        <source>run the quality checks</source>
        <translation>lancer les contrôles de qualité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="26"/>
        <location filename="../../mpdesk/cli_argparse.py" line="69"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="34"/>
        <source>Prepare a national Migration Profile step by step. Without a command, the mpdesk window opens; a command works on a profile in the console (mpdesk COMMAND --help for details).</source>
        <translation>Préparez un profil migratoire national étape par étape. Sans commande, la fenêtre de mpdesk s&apos;ouvre ; une commande travaille sur un profil dans la console (mpdesk COMMANDE --help pour plus de détails).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="37"/>
        <source>a profile file (.mpdesk) to open</source>
        <translation>un fichier de profil (.mpdesk) à ouvrir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="39"/>
        <source>open the Kenya 2020 training sample (written to your Documents folder)</source>
        <translation>ouvrir l&apos;exemple de formation Kenya 2020 (enregistré dans votre dossier Documents)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="53"/>
        <source>the profile file (.mpdesk)</source>
        <translation>le fichier de profil (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="57"/>
        <source>print the result as JSON instead of text</source>
        <translation>afficher le résultat en JSON plutôt qu&apos;en texte</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="67"/>
        <location filename="../../mpdesk/cli_argparse.py" line="51"/>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="69"/>
        <source>the profile file to create (.mpdesk)</source>
        <translation>le fichier de profil à créer (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="71"/>
        <source>ISO 3166 alpha-3 code or country name, e.g. KEN or Kenya</source>
        <translation>code ISO 3166 alpha-3 ou nom du pays, par ex. KEN ou Kenya</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="72"/>
        <source>edition year, e.g. 2020</source>
        <translation>année de l&apos;édition, par ex. 2020</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="73"/>
        <source>the report&apos;s language: en, fr or es (default en)</source>
        <translation>la langue du rapport : en, fr ou es (en par défaut)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="75"/>
        <source>a basic or an extended Migration Profile (default basic)</source>
        <translation>un profil migratoire de base (basic) ou étendu (extended) ; basic par défaut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="76"/>
        <source>reference period, e.g. 2010-2020</source>
        <translation>période de référence, par ex. 2010-2020</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="78"/>
        <source>the report&apos;s title (default: Migration Profile of COUNTRY YEAR)</source>
        <translation>le titre du rapport (par défaut : Profil migratoire : PAYS, ANNÉE)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="85"/>
        <source>the language of the names: en, fr or es (default en)</source>
        <translation>la langue des noms : en, fr ou es (en par défaut)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="87"/>
        <source>where to write the sample profile (.mpdesk)</source>
        <translation>où écrire le profil d&apos;exemple (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="91"/>
        <source>write the tidy CSV of values to this file</source>
        <translation>écrire le CSV ordonné des valeurs dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="92"/>
        <source>write the PDF report to this file</source>
        <translation>écrire le rapport PDF dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="93"/>
        <source>write the Excel workbook to this file</source>
        <translation>écrire le classeur Excel dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="94"/>
        <source>mark every page as a draft</source>
        <translation>marquer chaque page comme projet</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="95"/>
        <source>report sections, e.g. A.2 B.2</source>
        <translation>sections du rapport, par ex. A.2 B.2</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="149"/>
        <source>&apos;{name}&apos; is neither an mpdesk command ({commands}) nor an existing profile file.</source>
        <translation>« {name} » n&apos;est ni une commande de mpdesk ({commands}) ni un fichier de profil existant.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="162"/>
        <source>The mpdesk window cannot start because part of the program is missing ({why}). Reinstall mpdesk; the console commands still work.</source>
        <translation>La fenêtre de mpdesk ne peut pas démarrer car une partie du programme est manquante ({why}). Réinstallez mpdesk ; les commandes en console fonctionnent toujours.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="68"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="68"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="68"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="69"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="70"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="70"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="71"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="72"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="72"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="73"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable : %(value)r</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="73"/>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="74"/>
        <source>expected at most one argument</source>
        <translation>un argument au plus est attendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="74"/>
        <source>expected at least one argument</source>
        <translation>un argument au moins est attendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="75"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="76"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="76"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="21"/>
        <source>{heading}:</source>
        <translation>{heading} :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="149"/>
        <source>basic</source>
        <translation>de base</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="149"/>
        <source>extended</source>
        <translation>étendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="168"/>
        <source>Report modules:</source>
        <translation>Modules du rapport :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="215"/>
        <source>Report sections:</source>
        <translation>Sections du rapport :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="219"/>
        <source>Indicators:</source>
        <translation>Indicateurs :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="151"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="152"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="154"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="155"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="156"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="157"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="65"/>
        <source>Created {title} in {path}.</source>
        <translation>{title} a été créé dans {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="83"/>
        <source>Wrote the training sample {title} to {path}.</source>
        <translation>L&apos;exemple de formation {title} a été écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="164"/>
        <source>Progress: {overall} overall</source>
        <translation>Avancement : {overall} au total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="172"/>
        <source>Content: {values} values, {members} members, {sources} data sources, {gaps} data gaps.</source>
        <translation>Contenu : {values} valeurs, {members} membres, {sources} sources de données, {gaps} lacunes de données.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="209"/>
        <source>{stages} stages, {steps} steps, {sections} report sections, {indicators} indicators ({derived} derived), {charts} charts.</source>
        <translation>{stages} phases, {steps} étapes, {sections} sections du rapport, {indicators} indicateurs ({derived} calculés), {charts} graphiques.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="31"/>
        <source>&apos;{text}&apos; is not a reference period; write it as 2010-2020.</source>
        <translation>« {text} » n&apos;est pas une période de référence ; écrivez-la sous la forme 2010-2020.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="44"/>
        <source>No country is called &apos;{text}&apos;; give its ISO 3166 alpha-3 code instead (for example SEN for Senegal).</source>
        <translation>Aucun pays ne s&apos;appelle « {text} » ; indiquez plutôt son code ISO 3166 alpha-3 (par exemple SEN pour le Sénégal).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="76"/>
        <source>{name} already exists. Choose another name, or open it instead.</source>
        <translation>{name} existe déjà. Choisissez un autre nom, ou ouvrez plutôt ce fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="152"/>
        <source>{year}, reference period {period}</source>
        <translation>{year}, période de référence {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="157"/>
        <source>{version} (last written by mpdesk {app})</source>
        <translation>{version} (dernière écriture par mpdesk {app})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="162"/>
        <source>This file was upgraded from format {old}; the original was kept as {backup}.</source>
        <translation>Ce fichier a été mis à niveau depuis le format {old} ; l&apos;original a été conservé sous {backup}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="165"/>
        <location filename="../../mpdesk/cli_commands.py" line="212"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="81"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="81"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="81"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="58"/>
        <source>Say what to write: --csv OUT.csv, --pdf OUT.pdf or --xlsx OUT.xlsx.</source>
        <translation>Indiquez ce qu&apos;il faut écrire : --csv SORTIE.csv, --pdf SORTIE.pdf ou --xlsx SORTIE.xlsx.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="49"/>
        <source>Wrote {path}.</source>
        <translation>{path} a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="93"/>
        <source>This version of mpdesk cannot run the quality checks yet.</source>
        <translation>Cette version de mpdesk ne peut pas encore lancer les contrôles de qualité.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="18"/>
        <source>There is no report section {keys}; run &apos;mpdesk catalog&apos; to see the sections.</source>
        <translation>Il n&apos;existe pas de section du rapport {keys} ; lancez « mpdesk catalog » pour afficher les sections.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="106"/>
        <source>{n} findings, {errors} errors.</source>
        <translation>{n} constats, {errors} erreurs.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="47"/>
        <location filename="../../mpdesk/cli_imports.py" line="171"/>
        <source>Warning: {text}</source>
        <translation>Avertissement : {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="65"/>
        <source>Wrote {rows} values to {path}.</source>
        <translation>{rows} valeurs écrites dans {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="31"/>
        <source>mpdesk cannot write {kind} files because the library {lib} is missing. Reinstall mpdesk, or export as CSV with --csv.</source>
        <translation>mpdesk ne peut pas écrire de fichiers {kind} car la bibliothèque {lib} est manquante. Réinstallez mpdesk ou exportez en CSV avec --csv.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="34"/>
        <source>This version of mpdesk cannot write {kind} files yet; export as CSV with --csv.</source>
        <translation>Cette version de mpdesk ne peut pas encore écrire de fichiers {kind} ; exportez en CSV avec --csv.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="22"/>
        <source>import a published data file into a profile</source>
        <translation>importer un fichier de données publié dans un profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="38"/>
        <source>list the imports made into a profile</source>
        <translation>lister les importations faites dans un profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="205"/>
        <source>write the data-request workbook for one institution</source>
        <translation>écrire le classeur de demande de données pour une institution</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="24"/>
        <source>the data file: a UN DESA, World Bank, UNHCR or KNOMAD download, a tidy CSV or a filled data-request workbook</source>
        <translation>le fichier de données : un téléchargement du DAES, de la Banque mondiale, du HCR ou de KNOMAD, un CSV ordonné ou un classeur de demande de données rempli</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="28"/>
        <source>show what the import would add, change and skip, and write nothing</source>
        <translation>afficher ce que l&apos;importation ajouterait, modifierait et écarterait, sans rien écrire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="29"/>
        <source>import only these indicators</source>
        <translation>importer seulement ces indicateurs</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="30"/>
        <source>where the file&apos;s figures would replace another source&apos;s in a series, keep that source in use (the file&apos;s figures are stored beside it as alternatives)</source>
        <translation>là où les données du fichier remplaceraient celles d&apos;une autre source dans une série, garder cette source en usage (les données du fichier sont enregistrées à côté, comme alternatives)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="33"/>
        <source>remove an earlier import as a whole</source>
        <translation>retirer entièrement une importation antérieure</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="34"/>
        <source>for a spreadsheet in another layout: indicator=KEY year=COLUMN value=COLUMN and optionally sex=, age_group=, partner=, source= (remembered for the next file in this layout)</source>
        <translation>pour un tableur d&apos;une autre disposition : indicator=CLÉ year=COLONNE value=COLONNE et, au besoin, sex=, age_group=, partner=, source= (mémorisé pour le prochain fichier de même disposition)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="50"/>
        <source>Say which data file to import: mpdesk import FILE DATAFILE.</source>
        <translation>Indiquez le fichier de données à importer : mpdesk import FICHIER FICHIER_DE_DONNÉES.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="207"/>
        <source>as written in the data-request log</source>
        <translation>tel qu&apos;inscrit dans le journal des demandes de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="208"/>
        <source>the workbook to write (.xlsx)</source>
        <translation>le classeur à écrire (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="223"/>
        <source>Its requests are marked as sent today in the data-request log (step 2.1); change the date there if you send it later.</source>
        <translation>Ses demandes sont marquées comme envoyées aujourd&apos;hui dans le journal des demandes de données (étape 2.1) ; changez-y la date si vous l&apos;envoyez plus tard.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="239"/>
        <source>No file has been imported into this profile yet.</source>
        <translation>Aucun fichier n&apos;a encore été importé dans ce profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="101"/>
        <source>{file} ({dataset}): to add {added}, will change {changed}, conflicts with another source {conflicts}, skipped {skipped}. Nothing was written.</source>
        <translation>{file} ({dataset}) : à ajouter {added}, à modifier {changed}, en conflit avec une autre source {conflicts}, écartées {skipped}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="166"/>
        <source>Imported {file} ({dataset}): {added} values added, {updated} updated (import {import_id}).</source>
        <translation>{file} importé ({dataset}) : {added} valeurs ajoutées, {updated} mises à jour (importation {import_id}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="220"/>
        <source>Wrote the data request for {name} to {path}. When it comes back filled in: mpdesk import {file} {path}</source>
        <translation>La demande de données pour {name} a été écrite dans {path}. Quand elle reviendra remplie : mpdesk import {file} {path}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="71"/>
        <source>--map takes indicator=KEY year=COLUMN value=COLUMN and optionally sex=, age_group=, partner=, source=; check {what}.</source>
        <translation>--map attend indicator=CLÉ year=COLONNE value=COLONNE et, au besoin, sex=, age_group=, partner=, source= ; vérifiez {what}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="113"/>
        <source>  {name} [{key}] {span}: {added} to add, {changed} to change, {conflicts} conflicts.</source>
        <translation>  {name} [{key}] {span} : {added} à ajouter, {changed} à modifier, {conflicts} conflits.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="127"/>
        <source>  skipped: {text}</source>
        <translation>  écarté : {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="169"/>
        <source>Indicators: {keys}.</source>
        <translation>Indicateurs : {keys}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="55"/>
        <source>mpdesk does not know the layout of {name}; add --map indicator=KEY year=COLUMN value=COLUMN (columns: {columns}).</source>
        <translation>mpdesk ne connaît pas la disposition de {name} ; ajoutez --map indicator=CLÉ year=COLONNE value=COLONNE (colonnes : {columns}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="110"/>
        <source>  {name} [{key}]: nothing to add or change ({unchanged} already in the profile).</source>
        <translation>  {name} [{key}] : rien à ajouter ni à modifier ({unchanged} déjà dans le profil).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="118"/>
        <source>    change {where}: {old} ({old_source}) -&gt; {new} ({source})</source>
        <translation>    modification {where} : {old} ({old_source}) -&gt; {new} ({source})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="122"/>
        <source>    conflict {where}: {old} ({old_source}) and {new} ({source}); the series uses {used}</source>
        <translation>    conflit {where} : {old} ({old_source}) et {new} ({source}) ; la série utilise {used}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="158"/>
        <source>{file} holds nothing new for this profile.</source>
        <translation>{file} n&apos;apporte rien de nouveau à ce profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="241"/>
        <source>{id}  {when}  {file} ({dataset}): {added} added, {updated} changed, {figures} figures now from it</source>
        <translation>{id}  {when}  {file} ({dataset}) : {added} ajoutées, {updated} modifiées, {figures} données en proviennent désormais</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="245"/>
        <source>; imported by {who}</source>
        <translation>; importé par {who}</translation>
    </message>
    <message>
        <source>Prepare a national Migration Profile step by step. Without a command, the mpdesk window opens. Commands: {commands} (mpdesk COMMAND --help for details).</source>
        <translation type="vanished">Préparez un profil migratoire national étape par étape. Sans commande, la fenêtre de mpdesk s&apos;ouvre. Commandes : {commands} (mpdesk COMMANDE --help pour plus de détails).</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. KEN</source>
        <translation type="vanished">code ISO 3166 alpha-3, par ex. KEN</translation>
    </message>
    <message>
        <source>Imported {file} ({dataset}): {added} values added, {updated} updated.</source>
        <translation type="vanished">{file} importé ({dataset}) : {added} valeurs ajoutées, {updated} mises à jour.</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="28"/>
        <source>Country and language</source>
        <translation>Pays et langue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="29"/>
        <source>Whose migration profile is this, and in which language will it be written?</source>
        <translation>De quel pays ce profil migratoire traite-t-il, et dans quelle langue sera-t-il rédigé ?</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="36"/>
        <source>Language of the profile</source>
        <translation>Langue du profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="37"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="39"/>
        <source>Type to search, e.g. Kenya or KEN</source>
        <translation>Saisissez pour rechercher, par ex. Kenya ou KEN</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="40"/>
        <source>Search countries</source>
        <translation>Rechercher un pays</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="42"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="48"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="56"/>
        <source>mpdesk was not closed normally last time.</source>
        <translation>mpdesk n&apos;a pas été fermé normalement la dernière fois.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="68"/>
        <source>mpdesk was not closed normally last time: it stopped while saving, and that last save was undone. Every edit up to {when} is saved. If you had just started an import or an export, it did not run: start it again. If you had just made an edit, check that it is there.</source>
        <translation>mpdesk n&apos;a pas été fermé normalement la dernière fois : il s&apos;est arrêté pendant un enregistrement, et cet enregistrement inachevé a été annulé. Toutes les modifications jusqu&apos;au {when} sont enregistrées. Si vous veniez de lancer une importation ou une exportation, elle n&apos;a pas eu lieu : relancez-la. Si vous veniez de faire une modification, vérifiez qu&apos;elle est bien là.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="93"/>
        <source>The export started {when} was interrupted when mpdesk stopped; these files were not written: {files}. Earlier files of those names, if any, are unchanged. Export again.</source>
        <translation>L&apos;exportation commencée le {when} a été interrompue à l&apos;arrêt de mpdesk ; ces fichiers n&apos;ont pas été écrits : {files}. Les fichiers antérieurs de mêmes noms, s&apos;il y en a, sont inchangés. Relancez l&apos;exportation.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="107"/>
        <source>The data-request workbook {file} for {institution} (started {when}) was written, but mpdesk stopped before marking its requests as sent. When you send it, write the date in the Sent column of step 2.1 (the data-request log).</source>
        <translation>Le classeur de demande de données {file} pour {institution} (commencé le {when}) a été écrit, mais mpdesk s&apos;est arrêté avant de marquer ses demandes comme envoyées. Quand vous l&apos;enverrez, inscrivez la date dans la colonne Envoyée de l&apos;étape 2.1 (le journal des demandes de données).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="81"/>
        <source>The import of {file} (started {when}) was complete before mpdesk stopped: its figures are saved.</source>
        <translation>L&apos;importation de {file} (commencée le {when}) était terminée avant l&apos;arrêt de mpdesk : ses données sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="84"/>
        <source>The import of {file} (started {when}) was interrupted when mpdesk stopped; none of its figures were saved. Import the file again.</source>
        <translation>L&apos;importation de {file} (commencée le {when}) a été interrompue à l&apos;arrêt de mpdesk ; aucune de ses données n&apos;a été enregistrée. Importez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="90"/>
        <source>The export of {file} (started {when}) was interrupted when mpdesk stopped; {file} was not written, and an earlier file of that name, if any, is unchanged. Export again.</source>
        <translation>L&apos;exportation de {file} (commencée le {when}) a été interrompue à l&apos;arrêt de mpdesk ; {file} n&apos;a pas été écrit, et un fichier antérieur de ce nom, s&apos;il y en a un, est inchangé. Relancez l&apos;exportation.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="104"/>
        <source>The data-request workbook for {institution} (started {when}) was not written when mpdesk stopped: an earlier file {file}, if any, is unchanged, and no request was marked as sent. Write it again on step 2.1.</source>
        <translation>Le classeur de demande de données pour {institution} (commencé le {when}) n&apos;a pas été écrit quand mpdesk s&apos;est arrêté : un fichier {file} antérieur, s&apos;il existe, est inchangé, et aucune demande n&apos;a été marquée comme envoyée. Écrivez-le à nouveau à l&apos;étape 2.1.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="59"/>
        <source>Every other edit up to {when} was saved.</source>
        <translation>Toutes les autres modifications jusqu&apos;au {when} ont été enregistrées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="52"/>
        <source>mpdesk was not closed normally last time. Nothing was lost: every edit up to {when} was saved.</source>
        <translation>mpdesk n&apos;a pas été fermé normalement la dernière fois. Rien n&apos;a été perdu : toutes les modifications jusqu&apos;au {when} ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="133"/>
        <source>Migration at a glance</source>
        <translation>La migration en bref</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="134"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="167"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="177"/>
        <source>Open data errors</source>
        <translation>Erreurs de données à corriger</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="312"/>
        <source>Click to go to the figure.</source>
        <translation>Cliquez pour accéder à la donnée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="314"/>
        <source>No errors in the figures.</source>
        <translation>Aucune erreur dans les données.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="315"/>
        <source>Click an error to go to the figure.</source>
        <translation>Cliquez sur une erreur pour accéder à la donnée.</translation>
    </message>
</context>
<context>
    <name>DataGrid</name>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="34"/>
        <source>Figures of this section by year</source>
        <translation>Données de cette section par année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="35"/>
        <source>Indicators and units</source>
        <translation>Indicateurs et unités</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="53"/>
        <source>Add year…</source>
        <translation>Ajouter une année…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="54"/>
        <source>Add a year column</source>
        <translation>Ajouter une colonne d&apos;année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="55"/>
        <source>Add row…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="56"/>
        <source>Add a row for a breakdown</source>
        <translation>Ajouter une ligne de ventilation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="57"/>
        <source>Grey italic cells are computed (shaded) or not in the report&apos;s series (the report prints &apos;..&apos;; see the tooltip). A tinted cell was imported; an orange corner means the figure has a note.</source>
        <translation>Les cellules en italique gris sont calculées (grisées) ou hors de la série du rapport (le rapport imprime « .. » ; voir l&apos;infobulle). Une cellule teintée a été importée ; un coin orange indique que la valeur a une note.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="239"/>
        <source>%n cell(s) were not pasted:</source>
        <translation>
            <numerusform>%n cellule n&apos;a pas été collée :</numerusform>
            <numerusform>%n cellules n&apos;ont pas été collées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="244"/>
        <source>%n value(s) pasted.</source>
        <translation>
            <numerusform>%n valeur collée.</numerusform>
            <numerusform>%n valeurs collées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="270"/>
        <source>Not saved — {where}: {why} The text stays in the cell until you correct it.</source>
        <translation>Non enregistré — {where} : {why} Le texte reste dans la cellule jusqu&apos;à ce que vous le corrigiez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="303"/>
        <source>Add year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="303"/>
        <source>Year to add as a column:</source>
        <translation>Année à ajouter en colonne :</translation>
    </message>
    <message>
        <source>Grey italic cells are computed. A tinted cell was imported; an orange corner means the figure has a note.</source>
        <translation type="vanished">Les cellules en italique gris sont calculées. Une cellule teintée a été importée ; un coin orange signale une note sur la donnée.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: </source>
        <translation type="vanished">
            <numerusform>%n cellule n&apos;a pas été collée : </numerusform>
            <numerusform>%n cellules n&apos;ont pas été collées : </numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {year}: {why}</source>
        <translation type="vanished">Non enregistré — {year} : {why}</translation>
    </message>
</context>
<context>
    <name>DataGridModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="215"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="216"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="306"/>
        <source>Not in the series: {source}&apos;s figure; the report uses {series} and prints &apos;..&apos; for this year.</source>
        <translation>Hors de la série : valeur de {source} ; le rapport utilise {series} et imprime « .. » pour cette année.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="307"/>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="310"/>
        <source>no source</source>
        <translation>sans source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="309"/>
        <source>Not in the series: {source}&apos;s figure is an alternative; the report prints &apos;..&apos; for this year.</source>
        <translation>Hors de la série : la valeur de {source} est une alternative ; le rapport imprime « .. » pour cette année.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="324"/>
        <source>Stored figure: {figure} (shown rounded, as the report prints it)</source>
        <translation>Valeur enregistrée : {figure} (affichée arrondie, comme dans le rapport)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="326"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="326"/>
        <source>none given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="328"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="331"/>
        <source>{n} other source(s) hold a figure for this cell.</source>
        <translation>{n} autre(s) source(s) fournissent une donnée pour cette cellule.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="353"/>
        <source>Computed from other figures; its inputs are empty.</source>
        <translation>Calculé à partir d&apos;autres données ; ses données d&apos;entrée sont vides.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="358"/>
        <source>Computed: {formula}</source>
        <translation>Calculé : {formula}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="393"/>
        <source>Set {name} {year}</source>
        <translation>Saisir {name} {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="415"/>
        <source>Type the figures it is computed from; its tooltip shows the formula.</source>
        <translation>Saisissez les données à partir desquelles il est calculé ; son info-bulle indique la formule.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="430"/>
        <source>&apos;{text}&apos; falls outside the table</source>
        <translation>« {text} » sort du tableau</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="438"/>
        <source>Paste {n} values</source>
        <translation>Coller {n} valeurs</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="459"/>
        <source>Clear {n} values</source>
        <translation>Effacer {n} valeurs</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../mpdesk/ui/date_field.py" line="63"/>
        <source>Type a date as 2020-05-01 or %1, or pick it in the calendar.</source>
        <translation>Tapez une date sous la forme 2020-05-01 ou %1, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/date_field.py" line="67"/>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/date_field.py" line="89"/>
        <source>“%1” is not a date. Type it as 2020-05-01 or %2; the previous date is kept.</source>
        <translation>« %1 » n&apos;est pas une date. Tapez-la sous la forme 2020-05-01 ou %2 ; la date précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>DeliverablesForm</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="144"/>
        <source>Recorded in the profile itself (chosen when it was created).</source>
        <translation>Enregistré dans le profil lui-même (choisi lors de sa création).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="177"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../../mpdesk/services/derived.py" line="241"/>
        <source>No {name} for {year}.</source>
        <translation>Aucune donnée {name} pour {year}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/derived.py" line="268"/>
        <source>{name} for {year} cannot be computed: {why}.</source>
        <translation>{name} pour {year} ne peut pas être calculé : {why}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/derived.py" line="240"/>
        <source>{name} ({disaggregation})</source>
        <translation>{name} ({disaggregation})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../mpdesk/ui/dialogs.py" line="16"/>
        <source>mpdesk profiles (*.mpdesk);;All files (*)</source>
        <translation>Profils mpdesk (*.mpdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/dialogs.py" line="43"/>
        <source>Open a profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <location filename="../../mpdesk/export/draft.py" line="65"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="vanished">{n} Mo</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="vanished">{n} Ko</translation>
    </message>
    <message>
        <source>{country} MP {year} - draft {date}</source>
        <translation type="vanished">{country} PM {year} - projet {date}</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="508"/>
        <source>Prepare draft for email</source>
        <translation>Préparer un projet à envoyer par courriel</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="512"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="528"/>
        <source>Writing the draft PDF and workbook…</source>
        <translation>Écriture du PDF et du classeur du projet…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="533"/>
        <source>Cancelled; no draft file was left in the folder.</source>
        <translation>Annulé ; aucun fichier de projet n&apos;a été laissé dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="544"/>
        <source>Two files, {size} in all, are ready to attach: {pdf} and {xlsx}, in {folder}.</source>
        <translation>Deux fichiers, {size} au total, sont prêts à être joints : {pdf} et {xlsx}, dans {folder}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="23"/>
        <source>The disk is full, so mpdesk stopped; everything saved before is intact. Free some space and try again.</source>
        <translation>Le disque est plein, mpdesk s&apos;est donc arrêté ; tout ce qui a été enregistré auparavant est intact. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="26"/>
        <source>The computer ran out of memory, so mpdesk stopped; everything saved before is intact.</source>
        <translation>L&apos;ordinateur manquait de mémoire, mpdesk s&apos;est donc arrêté ; tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="32"/>
        <source>mpdesk stopped because the profile or the disk failed ({why}). Everything saved before is intact; open an earlier copy if the problem returns.</source>
        <translation>mpdesk s&apos;est arrêté car le profil ou le disque a connu une défaillance ({why}). Tout ce qui a été enregistré auparavant est intact ; ouvrez une copie antérieure si le problème se reproduit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="30"/>
        <source>mpdesk could not use {path}: {why}. Everything saved before is intact.</source>
        <translation>mpdesk n&apos;a pas pu utiliser {path} : {why}. Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="55"/>
        <source>Reading the profile</source>
        <translation>Lecture du profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="75"/>
        <source>Excel workbook written</source>
        <translation>Classeur Excel écrit</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="132"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="64"/>
        <location filename="../../mpdesk/export/excel/__init__.py" line="140"/>
        <source>Tidy data</source>
        <translation>Données structurées</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="142"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="83"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="148"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="88"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="133"/>
        <source>Key figures: latest value, year, source and change</source>
        <translation>Chiffres clés : dernière valeur, année, source et évolution</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="141"/>
        <source>Every figure, one row per series, with its source and status</source>
        <translation>Chaque donnée, une ligne par série, avec sa source et son statut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="143"/>
        <source>The inventory of data sources</source>
        <translation>L&apos;inventaire des sources de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="144"/>
        <source>Each imported file, its date and its fingerprint</source>
        <translation>Chaque fichier importé, sa date et son empreinte</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="145"/>
        <source>Data gaps and the actions planned</source>
        <translation>Les lacunes de données et les actions prévues</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="146"/>
        <source>What each indicator means and how it is computed</source>
        <translation>La signification de chaque indicateur et son mode de calcul</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="147"/>
        <source>Profile, edition, export date, Draft or Final</source>
        <translation>Profil, édition, date d&apos;exportation, projet ou version définitive</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="151"/>
        <location filename="../../mpdesk/export/excel/__init__.py" line="179"/>
        <source>Writing {name}</source>
        <translation>Écriture de {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="197"/>
        <source>{name} could not be written ({why}). Choose another folder and try again.</source>
        <translation>{name} n&apos;a pas pu être écrit ({why}). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="137"/>
        <source>Indicators in the years the report prints</source>
        <translation>Indicateurs des années présentées dans le rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="192"/>
        <source>{name} could not be written because the disk is full. Free some space or choose another folder.</source>
        <translation>{name} n&apos;a pas pu être écrit car le disque est plein. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="195"/>
        <source>{name} could not be written: the folder is read-only or the file is open in another program. Close it there or choose another folder.</source>
        <translation>{name} n&apos;a pas pu être écrit : le dossier est en lecture seule ou le fichier est ouvert dans un autre programme. Fermez-le dans ce programme ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="163"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="138"/>
        <source>Charts of {section} and their data</source>
        <translation>Graphiques de {section} et leurs données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/charts.py" line="42"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/print_setup.py" line="46"/>
        <source>DRAFT — not for citation</source>
        <translation>PROJET — ne pas citer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/print_setup.py" line="186"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P sur &amp;N</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="233"/>
        <source>Years as printed in the report; every year is on the Data sheet.</source>
        <translation>Années présentées dans le rapport ; chaque année figure dans la feuille Données.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="31"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="100"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="110"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="110"/>
        <source>About this workbook</source>
        <translation>À propos de ce classeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="115"/>
        <source>Figures are stored at full precision; the number formats only round what is shown. Derived indicators are computed from the stored figures by the formula given in the Data and Indicator definitions sheets.</source>
        <translation>Les données sont enregistrées en pleine précision ; les formats de nombre n&apos;arrondissent que l&apos;affichage. Les indicateurs calculés sont obtenus à partir des données enregistrées selon la formule indiquée dans les feuilles Données et Définitions des indicateurs.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="127"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="127"/>
        <source>Final</source>
        <translation>Version définitive</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="147"/>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="147"/>
        <source>Migration at a glance</source>
        <translation>La migration en bref</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="241"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="241"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="149"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="242"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="149"/>
        <source>Change since previous figure</source>
        <translation>Évolution depuis la donnée précédente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="149"/>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="215"/>
        <source>Chart data</source>
        <translation>Données des graphiques</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="241"/>
        <source>Disaggregation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="242"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Indicator key</source>
        <translation>Clé de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="242"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="100"/>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="129"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="130"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="131"/>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="132"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="133"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="134"/>
        <source>Reference period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="135"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="136"/>
        <source>Written by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="213"/>
        <source>{section}: charts</source>
        <translation>{section} : graphiques</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="57"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="136"/>
        <source>mpdesk {version}</source>
        <translation>mpdesk {version}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="212"/>
        <source>charts</source>
        <translation>graphiques</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="252"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="34"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="34"/>
        <source>Every figure, one row per series, years as columns (one row per figure: export as CSV)</source>
        <translation>Chaque donnée, une ligne par série, années en colonnes (une ligne par donnée : exporter en CSV)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Preferred</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Periodicity</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="83"/>
        <source>Inventory of data sources</source>
        <translation>Inventaire des sources de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="94"/>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="94"/>
        <source>Figures from it in this profile</source>
        <translation>Données de ce fichier dans le profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="95"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="98"/>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="98"/>
        <source>Files the figures were imported from</source>
        <translation>Fichiers dont les données ont été importées</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="106"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="106"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="39"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="107"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="40"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="107"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="111"/>
        <source>Data gaps</source>
        <translation>Lacunes de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="111"/>
        <source>Data gaps and actions</source>
        <translation>Lacunes de données et actions</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="127"/>
        <source>Indicator definitions</source>
        <translation>Définitions des indicateurs</translation>
    </message>
    <message>
        <source>Indicators by year</source>
        <translation type="vanished">Indicateurs par année</translation>
    </message>
    <message>
        <source>Every figure, one per row, with its source</source>
        <translation type="vanished">Chaque donnée, une par ligne, avec sa source</translation>
    </message>
    <message>
        <source>Every figure, one per row</source>
        <translation type="vanished">Chaque donnée, une par ligne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Valeur</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="vanished">projet</translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="vanished">validé</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="vanished">estimation</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="vanished">provisoire</translation>
    </message>
    <message>
        <source>projection</source>
        <translation type="vanished">projection</translation>
    </message>
    <message>
        <source>final</source>
        <translation type="vanished">définitive</translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="vanished">saisi</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="vanished">importé</translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="vanished">calculé</translation>
    </message>
    <message>
        <source>Indicators by year, with charts</source>
        <translation type="vanished">Indicateurs par année, avec graphiques</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../mpdesk/export/csv_export.py" line="71"/>
        <source>mpdesk could not write {name}: {why}. Choose a folder you can write to and check that the file is not open in another program.</source>
        <translation>mpdesk n&apos;a pas pu écrire {name} : {why}. Choisissez un dossier dans lequel vous pouvez écrire et vérifiez que le fichier n&apos;est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="26"/>
        <source>Reading the profile</source>
        <translation>Lecture du profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="63"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="80"/>
        <source>Laying out pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="48"/>
        <source>Some text cannot be printed with the fonts mpdesk includes (Chinese, Japanese, Korean, emoji and some other scripts) and would show as empty boxes in the PDF: {entries}.</source>
        <translation>Certains textes ne peuvent pas être imprimés avec les polices fournies avec mpdesk (chinois, japonais, coréen, émojis et quelques autres écritures) et apparaîtraient comme des cases vides dans le PDF : {entries}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="101"/>
        <source>The PDF could not be laid out: the entry beginning “{what}” does not fit on a page (page {page}). Shorten that entry or split it in two, then export again.</source>
        <translation>Le PDF n&apos;a pas pu être mis en page : l&apos;entrée commençant par « {what} » ne tient pas sur une page (page {page}). Raccourcissez-la ou scindez-la en deux, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="126"/>
        <source>The PDF could not be saved to {path}: {reason}.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="60"/>
        <source>Saving the PDF</source>
        <translation>Enregistrement du PDF</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="118"/>
        <source>The disk holding {folder} is full; free some space or save the PDF elsewhere.</source>
        <translation>Le disque contenant {folder} est plein ; libérez de l&apos;espace ou enregistrez le PDF ailleurs.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="121"/>
        <source>The folder {folder} does not exist; choose another place to save the PDF.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; choisissez un autre emplacement pour enregistrer le PDF.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="124"/>
        <source>mpdesk may not write in {folder} (or {name} is open in another program); choose another folder or close the file.</source>
        <translation>mpdesk n&apos;est pas autorisé à écrire dans {folder} (ou {name} est ouvert dans un autre programme) ; choisissez un autre dossier ou fermez le fichier.</translation>
    </message>
    <message>
        <source>Cannot be printed with the bundled fonts (empty boxes): {what}</source>
        <translation type="vanished">Impossible à imprimer avec les polices fournies (cases vides) : {what}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="211"/>
        <source>Export the profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="220"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="221"/>
        <source>Change the file name, then export again</source>
        <translation>Changez le nom du fichier, puis exportez à nouveau</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="227"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="246"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="248"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="249"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="258"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="261"/>
        <source>Final</source>
        <translation>Version définitive</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="262"/>
        <source>Draft (every page says “DRAFT — not for citation”)</source>
        <translation>Projet (chaque page porte la mention « PROJET — ne pas citer »)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="280"/>
        <location filename="../../mpdesk/ui/export_dialog.py" line="281"/>
        <source>This profile is only {percent} complete: a final report is meant for publication, so a draft is probably what you want.</source>
        <translation>Ce profil n&apos;est rempli qu&apos;à {percent} : un rapport final est destiné à la publication, un brouillon convient sans doute mieux.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="289"/>
        <location filename="../../mpdesk/ui/export_dialog.py" line="292"/>
        <source>Modules to include</source>
        <translation>Modules à inclure</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="308"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="313"/>
        <source>PDF:</source>
        <translation>PDF :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="313"/>
        <source>Excel:</source>
        <translation>Excel :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="317"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="330"/>
        <source>{name} (draft {date})</source>
        <translation>{name} (projet {date})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="342"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="342"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="343"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="371"/>
        <source>Tick PDF, Excel or both.</source>
        <translation>Cochez PDF, Excel ou les deux.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="373"/>
        <source>Tick at least one module to include.</source>
        <translation>Cochez au moins un module à inclure.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="376"/>
        <source>The folder {folder} does not exist. Choose another with Browse.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Choisissez-en un autre avec Parcourir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="399"/>
        <source>Writing {files}…</source>
        <translation>Écriture de {files}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/export_dialog.py" line="429"/>
        <source>%n file(s) of these names already exist: {names}. Replace them?</source>
        <translation>
            <numerusform>%n fichier de ce nom existe déjà : {names}. Le remplacer ?</numerusform>
            <numerusform>%n fichiers de ces noms existent déjà : {names}. Les remplacer ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="444"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="459"/>
        <source>Export cancelled; no partial file was left behind.</source>
        <translation>Exportation annulée ; aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="466"/>
        <source>{sentence} {names} had already been written and is complete.</source>
        <translation>{sentence} {names} avait déjà été écrit et est complet.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="559"/>
        <source>Choose the folder for the draft files</source>
        <translation>Choisissez le dossier des fichiers du projet</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="45"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="45"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="45"/>
        <source>Disaggregation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="47"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="47"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>Now from</source>
        <translation>Actuelle selon</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>New from</source>
        <translation>Nouvelle selon</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="50"/>
        <source>The series uses</source>
        <translation>La série utilise</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="50"/>
        <source>In the profile</source>
        <translation>Dans le profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="50"/>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="51"/>
        <source>From</source>
        <translation>Selon</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="51"/>
        <source>In this file</source>
        <translation>Dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="66"/>
        <source>the file&apos;s figure</source>
        <translation>la donnée du fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="66"/>
        <source>the profile&apos;s figure</source>
        <translation>la donnée du profil</translation>
    </message>
</context>
<context>
    <name>FileCopy</name>
    <message>
        <location filename="../../mpdesk/ui/file_copy.py" line="18"/>
        <source>The copy must have another name than the open file; nothing was written.</source>
        <translation>La copie doit porter un autre nom que le fichier ouvert ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/file_copy.py" line="31"/>
        <source>The copy could not be written to {path} ({why}). Choose another folder; the open profile is unchanged.</source>
        <translation>La copie n&apos;a pas pu être écrite dans {path} ({why}). Choisissez un autre dossier ; le profil ouvert n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="48"/>
        <source>Find a step, section or indicator</source>
        <translation>Rechercher une étape, une section ou un indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="59"/>
        <source>Name to find</source>
        <translation>Nom à rechercher</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="60"/>
        <source>Part of a name, e.g. &apos;refugees&apos; or &apos;1.3&apos;</source>
        <translation>Une partie d&apos;un nom, par ex. « réfugiés » ou « 1.3 »</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="62"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="70"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="28"/>
        <source>Step {key}  {title}</source>
        <translation>Étape {key}  {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="33"/>
        <source>Section {name}</source>
        <translation>Section {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="37"/>
        <source>Indicator {name} ({section})</source>
        <translation>Indicateur {name} ({section})</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="70"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="70"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../mpdesk/formats.py" line="253"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="255"/>
        <source>percentage points</source>
        <translation>points de pourcentage</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="256"/>
        <source>US$ million</source>
        <translation>millions de dollars É.-U.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="257"/>
        <source>US$</source>
        <translation>dollars É.-U.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="259"/>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="260"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="282"/>
        <source>As published</source>
        <translation>Tel que publié</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="283"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="283"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="283"/>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="284"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="284"/>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="285"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="295"/>
        <source>both sexes</source>
        <translation>les deux sexes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="244"/>
        <location filename="../../mpdesk/services/validation.py" line="129"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="244"/>
        <location filename="../../mpdesk/services/validation.py" line="131"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="258"/>
        <source>per {n}</source>
        <translation>pour {n}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="274"/>
        <source>{change} percentage points</source>
        <translation>{change} pt</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="295"/>
        <source>female</source>
        <translation>femmes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="295"/>
        <source>male</source>
        <translation>hommes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="313"/>
        <source>aged {group}</source>
        <translation>âgés de {group}</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="229"/>
        <source>the denominator is zero</source>
        <translation>le dénominateur est nul</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="112"/>
        <source>it ends too early</source>
        <translation>elle se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="163"/>
        <source>an indicator key was expected</source>
        <translation>une clé d&apos;indicateur était attendue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="103"/>
        <source>The formula &apos;{formula}&apos; cannot be read: {why}.</source>
        <translation>La formule « {formula} » ne peut pas être lue : {why}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="124"/>
        <location filename="../../mpdesk/guide/formula.py" line="158"/>
        <source>unexpected &apos;{token}&apos;</source>
        <translation>« {token} » inattendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="84"/>
        <source>The formula &apos;{formula}&apos; has an unexpected character at position {pos}.</source>
        <translation>La formule « {formula} » contient un caractère inattendu à la position {pos}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="119"/>
        <source>&apos;{op}&apos; expected</source>
        <translation>« {op} » attendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="177"/>
        <source>&apos;[{part}]&apos; is not a selector such as [sex=female]</source>
        <translation>« [{part}] » n&apos;est pas un sélecteur tel que [sex=female]</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="29"/>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="31"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="32"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="35"/>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="29"/>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="46"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="46"/>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="47"/>
        <source>The quality checks look for missing core figures, totals that do not add up, shares above 100 %, breaks in series and figures without a source. Fix each finding in its module, or note why it stands.</source>
        <translation>Les contrôles de qualité recherchent les données essentielles manquantes, les totaux qui ne concordent pas, les parts supérieures à 100 %, les ruptures de série et les données sans source. Corrigez chaque constat dans son module, ou indiquez pourquoi il est maintenu.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="50"/>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="50"/>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="51"/>
        <source>The import log is the profile&apos;s record of every file imported into it: when, by whom, from which publisher, and how many figures it added, changed or skipped. It is the trace of where the imported figures come from, for the team and for the reviewers.

Select an import to see the figures that still come from it, and Show the figure in its module to check one in place.

An import that brought the wrong file or the wrong year can be taken back as a whole: select it, choose Remove this import… and confirm. Its figures are removed and the figures it replaced come back; Edit ▸ Undo brings the import back if you change your mind.</source>
        <translation>Le journal des importations garde la trace de chaque fichier importé dans le profil : quand, par qui, de quel éditeur, et combien de données il a ajoutées, modifiées ou ignorées. C&apos;est la trace de l&apos;origine des données importées, pour l&apos;équipe comme pour les relecteurs.

Sélectionnez une importation pour voir les données qui en proviennent encore, et Afficher la donnée dans son module pour en vérifier une sur place.

Une importation qui a apporté le mauvais fichier ou la mauvaise année peut être retirée d&apos;un seul coup : sélectionnez-la, choisissez Retirer cette importation… et confirmez. Ses données sont retirées et celles qu&apos;elle avait remplacées reviennent ; Édition ▸ Annuler rétablit l&apos;importation si vous changez d&apos;avis.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="66"/>
        <source>What this step produces</source>
        <translation>Ce que produit cette étape</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="70"/>
        <source>Feeds the report sections</source>
        <translation>Alimente les sections du rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="82"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>GuidanceStrip</name>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="142"/>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="143"/>
        <source>Show guidance (F1)</source>
        <translation>Afficher les orientations (F1)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="144"/>
        <source>Show guidance</source>
        <translation>Afficher les orientations</translation>
    </message>
</context>
<context>
    <name>GuidanceTitle</name>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="96"/>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="100"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="103"/>
        <source>Hide guidance (F1)</source>
        <translation>Masquer les orientations (F1)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="104"/>
        <source>Hide guidance</source>
        <translation>Masquer les orientations</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="47"/>
        <source>&lt;h3&gt;When two sources give the same figures&lt;/h3&gt;&lt;p&gt;Each series of the report comes from one source, so a printed series never mixes publishers. Before an import, the preview says where the file&apos;s figures meet another source&apos;s, which source the series will use and why. Tick &lt;b&gt;Keep the figures of … in use&lt;/b&gt; to keep the source the series has: the file&apos;s figures are then stored beside it as alternatives. A spreadsheet in a layout mpdesk does not know is read once you say which column holds the year, the value and the breakdowns; its numbers are read with the decimal mark they use (1415,0 or 1415.0), and the preview says when mpdesk had to choose. The Excel workbook&apos;s &lt;b&gt;Imported files&lt;/b&gt; sheet names every file the figures came from, with its fingerprint.&lt;/p&gt;&lt;h3&gt;Data requests&lt;/h3&gt;&lt;p&gt;On step 2.1, list what you ask of each institution in the request register, then press &lt;b&gt;Write a request workbook…&lt;/b&gt;: mpdesk writes one workbook for that institution and marks its requests as sent today. When the institution returns the filled workbook, import it like any file: its figures come in and its requests are marked received.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quand deux sources donnent les mêmes données&lt;/h3&gt;&lt;p&gt;Chaque série du rapport provient d&apos;une seule source : une série imprimée ne mélange jamais les éditeurs. Avant une importation, l&apos;aperçu indique où les données du fichier rencontrent celles d&apos;une autre source, quelle source la série utilisera et pourquoi. Cochez &lt;b&gt;Garder en usage les données de …&lt;/b&gt; pour garder la source actuelle de la série : les données du fichier sont alors enregistrées à côté, comme alternatives. Un tableur dont mpdesk ne connaît pas la présentation est lu une fois que vous avez indiqué la colonne de l&apos;année, celle de la valeur et celles des ventilations ; ses nombres sont lus avec le séparateur décimal qu&apos;ils utilisent (1415,0 ou 1415.0), et l&apos;aperçu signale quand mpdesk a dû choisir. La feuille &lt;b&gt;Fichiers importés&lt;/b&gt; du classeur Excel nomme chaque fichier d&apos;où viennent les données, avec son empreinte.&lt;/p&gt;&lt;h3&gt;Demandes de données&lt;/h3&gt;&lt;p&gt;À l&apos;étape 2.1, inscrivez dans le registre des demandes ce que vous demandez à chaque institution, puis cliquez sur &lt;b&gt;Écrire un classeur de demande…&lt;/b&gt; : mpdesk écrit un classeur pour cette institution et marque ses demandes comme envoyées aujourd&apos;hui. Quand l&apos;institution renvoie le classeur rempli, importez-le comme tout autre fichier : ses données entrent dans le profil et ses demandes sont marquées comme reçues.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="96"/>
        <source>Each profile is one .mpdesk file, wherever you saved it.</source>
        <translation>Chaque profil est un fichier .mpdesk, où que vous l&apos;ayez enregistré.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="126"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="87"/>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="130"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="19"/>
        <source>&lt;h2&gt;Working with mpdesk&lt;/h2&gt;&lt;h3&gt;How the exercise runs&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Process&lt;/b&gt; tab lists the steps of a Migration Profile exercise, stage by stage: set up the Technical Working Group (step 1.3), choose the report modules (1.4), inventory the data sources (1.5), plan the work (1.6), collect and review, then publish. Each step has a checklist, the things it produces and notes. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Back&lt;/b&gt; walk through the steps in order.&lt;/p&gt;&lt;h3&gt;Entering figures&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Report&lt;/b&gt; tab lists the sections of the profile. Each section has its text and a grid of figures by year; the Indicator and Unit columns stay in view while the years scroll. Type a figure and press Enter (down) or Tab (right). Figures are read as they are written in the profile&apos;s language; when a figure could be read two ways (such as 2.500) mpdesk asks instead of guessing. Text that cannot be read stays in its cell, marked, until you correct it. Grey cells are computed and cannot be typed into. Paste a block copied from Excel with Ctrl+V; copy a block with Ctrl+C.&lt;/p&gt;&lt;h3&gt;Importing figures&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File &amp;gt; Import&lt;/b&gt; to bring in figures from a workbook or a CSV file. Imported cells are tinted; when two sources give a figure for the same cell, the panel under the grid lists them side by side and you choose the one the profile uses. The &lt;b&gt;Data quality&lt;/b&gt; page lists what to check and takes you to each figure.&lt;/p&gt;&lt;h3&gt;Exporting and sharing a draft&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File &amp;gt; Export&lt;/b&gt; writes the report as PDF, Excel workbook or CSV files. &lt;b&gt;File &amp;gt; Prepare draft for email&lt;/b&gt; makes a copy to send to reviewers; their comments go in the review register (step 2.4). Every change is saved at once; Edit &amp;gt; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Travailler avec mpdesk&lt;/h2&gt;&lt;h3&gt;Déroulement de l&apos;exercice&lt;/h3&gt;&lt;p&gt;L&apos;onglet &lt;b&gt;Processus&lt;/b&gt; liste les étapes d&apos;un exercice de profil migratoire, phase par phase : mettre en place le Groupe de travail technique (étape 1.3), choisir les modules du rapport (1.4), inventorier les sources de données (1.5), planifier le travail (1.6), collecter et relire, puis publier. Chaque étape a une liste de contrôle, ce qu&apos;elle produit et des notes. &lt;b&gt;Suivant&lt;/b&gt; et &lt;b&gt;Retour&lt;/b&gt; parcourent les étapes dans l&apos;ordre.&lt;/p&gt;&lt;h3&gt;Saisir les données&lt;/h3&gt;&lt;p&gt;L&apos;onglet &lt;b&gt;Rapport&lt;/b&gt; liste les sections du profil. Chaque section a son texte et une grille de données par année ; les colonnes Indicateur et Unité restent visibles pendant le défilement des années. Saisissez une donnée et appuyez sur Entrée (vers le bas) ou Tab (vers la droite). Les données sont lues telles qu&apos;elles s&apos;écrivent dans la langue du profil ; lorsqu&apos;une donnée peut se lire de deux façons (comme 2.500), mpdesk pose la question au lieu de deviner. Un texte illisible reste dans sa cellule, signalé, jusqu&apos;à ce que vous le corrigiez. Les cellules grises sont calculées et ne peuvent pas être saisies. Collez un bloc copié depuis Excel avec Ctrl+V ; copiez un bloc avec Ctrl+C.&lt;/p&gt;&lt;h3&gt;Importer des données&lt;/h3&gt;&lt;p&gt;Utilisez &lt;b&gt;Fichier &amp;gt; Importer&lt;/b&gt; pour faire entrer des données depuis un classeur ou un fichier CSV. Les cellules importées sont teintées ; lorsque deux sources donnent une donnée pour la même cellule, le panneau sous la grille les présente côte à côte et vous choisissez celle que retient le profil. La page &lt;b&gt;Qualité des données&lt;/b&gt; liste ce qu&apos;il faut vérifier et vous mène à chaque donnée.&lt;/p&gt;&lt;h3&gt;Exporter et partager un projet&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Fichier &amp;gt; Exporter&lt;/b&gt; écrit le rapport en PDF, en classeur Excel ou en fichiers CSV. &lt;b&gt;Fichier &amp;gt; Préparer un projet pour courriel&lt;/b&gt; fait une copie à envoyer aux relecteurs ; leurs commentaires vont dans le registre des commentaires de relecture (étape 2.4). Chaque modification est enregistrée immédiatement ; Édition &amp;gt; Annuler (Ctrl+Z) la reprend.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="41"/>
        <source>&lt;h3&gt;The guidance beside the page&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Guidance&lt;/b&gt; pane explains the step or section you are on. Its &lt;b&gt;Hide&lt;/b&gt; button, or F1, folds it into a slim &lt;b&gt;Guidance&lt;/b&gt; strip at the edge of the window; click the strip, or press F1 again, to bring it back. On a small screen the guidance starts folded so that the page has room; once you open or hide it, mpdesk remembers your choice. You can drag the pane by its name to the left or the right edge of the window (the strip goes with it), and drag its border to widen it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Les orientations à côté de la page&lt;/h3&gt;&lt;p&gt;Le volet &lt;b&gt;Orientations&lt;/b&gt; explique l&apos;étape ou la section où vous êtes. Son bouton &lt;b&gt;Masquer&lt;/b&gt;, ou F1, le replie en une fine bande &lt;b&gt;Orientations&lt;/b&gt; au bord de la fenêtre ; cliquez sur la bande, ou appuyez de nouveau sur F1, pour le faire revenir. Sur un petit écran, les orientations sont d&apos;abord repliées pour laisser de la place à la page ; dès que vous les ouvrez ou les masquez, mpdesk retient votre choix. Vous pouvez faire glisser le volet par son nom vers le bord gauche ou droit de la fenêtre (la bande le suit), et faire glisser sa bordure pour l&apos;élargir.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="75"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="75"/>
        <source>In a table while typing: save the cell and edit the next / previous one; otherwise move to the next / previous control</source>
        <translation>Dans un tableau pendant la saisie : enregistrer la cellule et modifier la suivante / la précédente ; sinon passer au contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="77"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="77"/>
        <source>Save the cell; in the grid, move down</source>
        <translation>Enregistrer la cellule ; dans la grille, descendre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="78"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="78"/>
        <source>Cancel the cell being typed</source>
        <translation>Annuler la saisie de la cellule</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="79"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="79"/>
        <source>Edit the current cell</source>
        <translation>Modifier la cellule active</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="80"/>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+Page suiv. / Ctrl+Page préc.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="80"/>
        <source>Next / previous step</source>
        <translation>Étape suivante / précédente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="99"/>
        <source>A desktop companion for national Migration Profile exercises, following IOM&apos;s guidance &quot;Migration Profiles: Making the Most of the Process&quot;. It works fully offline.</source>
        <translation>Un outil de bureau pour les exercices nationaux de profil migratoire, conforme au guide de l&apos;OIM « Profils migratoires : tirer le meilleur parti du processus ». Il fonctionne entièrement hors ligne.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="101"/>
        <source>Licence: MIT.</source>
        <translation>Licence : MIT.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="94"/>
        <source>This profile is the file {path}; everything about it (figures, text, registers, history) is inside that one file.</source>
        <translation>Ce profil est le fichier {path} ; tout ce qui le concerne (données, texte, registres, historique) se trouve dans ce seul fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="103"/>
        <source>Your settings (the recent-profiles list) are kept in {path}.</source>
        <translation>Vos paramètres (la liste des profils récents) sont conservés dans {path}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../mpdesk/services/values.py" line="189"/>
        <source>None of the figures in {name} belong to indicators of this profile.</source>
        <translation>Aucune des données de {name} ne correspond aux indicateurs de ce profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="191"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="107"/>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="157"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="159"/>
        <source>A UN DESA, World Bank, UNHCR or KNOMAD download, a tidy CSV file or a data-request workbook</source>
        <translation>Un téléchargement du DAES de l&apos;ONU, de la Banque mondiale, du HCR ou de KNOMAD, un fichier CSV structuré ou un classeur de demande de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="162"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="163"/>
        <source>&amp;Read the file</source>
        <translation>&amp;Lire le fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="176"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="188"/>
        <source>Tick the indicators to import. Click one to see only its figures.</source>
        <translation>Cochez les indicateurs à importer. Cliquez sur l&apos;un d&apos;eux pour ne voir que ses données.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="193"/>
        <source>Add · change · conflict</source>
        <translation>Ajout · modification · conflit</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="194"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="194"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="195"/>
        <source>Indicators in the file</source>
        <translation>Indicateurs du fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="206"/>
        <source>Tick &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="207"/>
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="232"/>
        <source>Open the import &amp;log</source>
        <translation>Ouvrir le &amp;journal des importations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="234"/>
        <source>&amp;Import the ticked indicators</source>
        <translation>&amp;Importer les indicateurs cochés</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="237"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="298"/>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>La lecture a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="330"/>
        <location filename="../../mpdesk/ui/import_dialog.py" line="331"/>
        <source>{source}
To add: {added} · Will change: {changed} · Conflicts with another source: {conflicts} · Already in the profile: {unchanged} · Skipped: {skipped}. Nothing is written until you import.</source>
        <translation>{source}
À ajouter : {added} · À modifier : {changed} · En conflit avec une autre source : {conflicts} · Déjà dans le profil : {unchanged} · Écartées : {skipped}. Rien n&apos;est écrit tant que vous n&apos;importez pas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="360"/>
        <source>Nothing in this file can be imported into this profile; the Skipped tab says why.</source>
        <translation>Rien dans ce fichier ne peut être importé dans ce profil ; l&apos;onglet Écartées indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="379"/>
        <source>Keep the figures of {source} in use for {indicator}</source>
        <translation>Garder en usage les données de {source} pour {indicator}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="381"/>
        <source>The file&apos;s figures are stored as alternatives; the cell&apos;s panel can use them later.</source>
        <translation>Les données du fichier sont gardées comme alternatives ; le panneau de la cellule peut les utiliser plus tard.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="461"/>
        <source>To add ({n})</source>
        <translation>À ajouter ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="461"/>
        <source>Will change ({n})</source>
        <translation>À modifier ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="461"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="462"/>
        <source>Skipped ({n})</source>
        <translation>Écartées ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="501"/>
        <source>Imported {file}: {added}, {updated}. Edit ▸ Undo removes the whole import, and so does the import log at any later time.</source>
        <translation>{file} importé : {added}, {updated}. Édition ▸ Annuler retire toute l&apos;importation, de même que le journal des importations à tout moment.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="510"/>
        <source>Written to the profile from {file}: {added} and {updated}, {indicators}.</source>
        <translation>Écrit dans le profil à partir de {file} : {added} et {updated}, {indicators}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/import_dialog.py" line="525"/>
        <source>{n} figure(s) added</source>
        <translation>
            <numerusform>{n} donnée ajoutée</numerusform>
            <numerusform>{n} données ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/import_dialog.py" line="526"/>
        <source>{n} changed</source>
        <translation>
            <numerusform>{n} modifiée</numerusform>
            <numerusform>{n} modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/import_dialog.py" line="527"/>
        <source>in {n} indicator(s)</source>
        <translation>
            <numerusform>dans {n} indicateur</numerusform>
            <numerusform>dans {n} indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="38"/>
        <source>Choose a data file to import</source>
        <translation>Choisissez un fichier de données à importer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="96"/>
        <source>Comparing with the figures already in the profile…</source>
        <translation>Comparaison avec les données déjà présentes dans le profil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="553"/>
        <source>Import data…</source>
        <translation>Importer des données…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="555"/>
        <source>Read a downloaded file or a ministry&apos;s workbook, see what it would change, then import it (Ctrl+I)</source>
        <translation>Lire un fichier téléchargé ou le classeur d&apos;un ministère, voir ce qu&apos;il changerait, puis l&apos;importer (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="558"/>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="39"/>
        <source>Data files ({patterns})</source>
        <translation>Fichiers de données ({patterns})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="92"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Imported {file}: {added} figures added, {updated} changed. Edit ▸ Undo removes the whole import, and so does the import log at any later time.</source>
        <translation type="vanished">{file} importé : {added} données ajoutées, {updated} modifiées. Édition ▸ Annuler retire toute l&apos;importation, de même que le journal des importations à tout moment.</translation>
    </message>
    <message>
        <source>Written to the profile from {file}: {added} figures added and {updated} changed, in {indicators} indicators.</source>
        <translation type="vanished">Écrit dans le profil à partir de {file} : {added} données ajoutées et {updated} modifiées, dans {indicators} indicateurs.</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="337"/>
        <source>Removed {removed} figures and restored {restored} earlier figures.</source>
        <translation>{removed} données retirées et {restored} données antérieures rétablies.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="263"/>
        <source>{prefix} is the start of several imports ({ids}); type more of the id.</source>
        <translation>{prefix} est le début de plusieurs importations ({ids}) ; saisissez davantage de l’identifiant.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="285"/>
        <source>There is no import {id} in this profile; &apos;mpdesk imports FILE&apos; lists them.</source>
        <translation>Il n&apos;existe pas d&apos;importation {id} dans ce profil ; « mpdesk imports FICHIER » les liste.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="289"/>
        <source>The import of {name} was made by an earlier version of mpdesk, which did not record the figures it replaced, so it cannot be removed as a whole.</source>
        <translation>L&apos;importation de {name} a été faite par une version antérieure de mpdesk, qui n&apos;enregistrait pas les données remplacées ; elle ne peut donc pas être retirée en bloc.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="292"/>
        <source>Remove the import of {name}</source>
        <translation>Retirer l&apos;importation de {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="340"/>
        <source>{kept} figures changed since the import were kept as they are.</source>
        <translation>{kept} données modifiées depuis l&apos;importation ont été conservées telles quelles.</translation>
    </message>
</context>
<context>
    <name>ImportLogPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="43"/>
        <source>Imported from {file}, sheet {sheet}, cell {cell}, on {when}.</source>
        <translation>Importé de {file}, feuille {sheet}, cellule {cell}, le {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="49"/>
        <source>Imported from {file} on {when}.</source>
        <translation>Importé de {file} le {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="51"/>
        <source>Open its import</source>
        <translation>Ouvrir son importation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="69"/>
        <source>Read first from {file}, sheet {sheet}, cell {cell}.</source>
        <translation>Lu d&apos;abord dans {file}, feuille {sheet}, cellule {cell}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="73"/>
        <source>Read first from {file}: the sum of column &apos;{column}&apos; on lines {lines}.</source>
        <translation>Lu d&apos;abord dans {file} : la somme de la colonne « {column} » aux lignes {lines}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="74"/>
        <source>Read first from {file}, line {lines}, column &apos;{column}&apos;.</source>
        <translation>Lu d&apos;abord dans {file}, ligne {lines}, colonne « {column} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="79"/>
        <source>Read first from {file}.</source>
        <translation>Lu d&apos;abord dans {file}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="82"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="113"/>
        <source>Publisher: {publisher}.</source>
        <translation>Éditeur : {publisher}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="85"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="116"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="273"/>
        <source>Dataset: {dataset}.</source>
        <translation>Jeu de données : {dataset}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="92"/>
        <source>Released on {date}.</source>
        <translation>Publié le {date}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="95"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="119"/>
        <source>sha256 of the file: {digest}.</source>
        <translation>sha256 du fichier : {digest}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="110"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="275"/>
        <source>The training sample&apos;s figures were read from this file when the sample was built.</source>
        <translation>Les chiffres de l&apos;exemple de formation ont été lus dans ce fichier lors de sa construction.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="128"/>
        <source>Imported from {file} on {when}: the sum of column &apos;{column}&apos; on lines {lines}.</source>
        <translation>Importé de {file} le {when} : la somme de la colonne « {column} » aux lignes {lines}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="131"/>
        <source>Imported from {file}, line {lines}, column &apos;{column}&apos;, on {when}.</source>
        <translation>Importé de {file}, ligne {lines}, colonne « {column} », le {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="154"/>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="155"/>
        <source>Import data…</source>
        <translation>Importer des données…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="159"/>
        <source>Every file imported into this profile, newest first. Select one to see the figures that still come from it, or to remove the import as a whole: the figures it replaced come back.</source>
        <translation>Tous les fichiers importés dans ce profil, du plus récent au plus ancien. Sélectionnez-en un pour voir les données qui en proviennent encore, ou pour retirer l&apos;importation en bloc : les données qu&apos;elle avait remplacées reviennent.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="168"/>
        <source>Added · changed · skipped</source>
        <translation>Ajoutées · modifiées · écartées</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="168"/>
        <source>Figures now</source>
        <translation>Données actuelles</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="168"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="169"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="170"/>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="178"/>
        <source>Nothing has been imported yet. Use Import data… (Ctrl+I) or drop a file on the window.</source>
        <translation>Rien n&apos;a encore été importé. Utilisez Importer des données… (Ctrl+I) ou déposez un fichier sur la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Disaggregation</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="194"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="195"/>
        <source>Figures from this import</source>
        <translation>Données issues de cette importation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="199"/>
        <source>&amp;Show the figure in its module</source>
        <translation>&amp;Afficher la donnée dans son module</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="201"/>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Retirer cette importation…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="212"/>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="213"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="233"/>
        <source>{file}
sha256 {digest}</source>
        <translation>{file}
sha256 {digest}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="268"/>
        <source>{file}, imported {when}. sha256 {digest}.</source>
        <translation>{file}, importé le {when}. sha256 {digest}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="271"/>
        <source>Imported by {who} (the computer&apos;s login name).</source>
        <translation>Importé par {who} (le nom de connexion de l&apos;ordinateur).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="276"/>
        <source>Warning: {text}</source>
        <translation>Avertissement : {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="278"/>
        <source>This import was made by an earlier version of mpdesk, which did not record the figures it replaced, so it cannot be removed as a whole.</source>
        <translation>Cette importation a été faite par une version antérieure de mpdesk, qui n&apos;enregistrait pas les données remplacées ; elle ne peut donc pas être retirée en bloc.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="318"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="319"/>
        <source>Remove the import of {file}? Its {n} figures leave the profile and the figures it replaced come back. Figures typed over since are kept.</source>
        <translation>Retirer l&apos;importation de {file} ? Ses {n} données quittent le profil et les données qu&apos;elle avait remplacées reviennent. Les données saisies depuis sont conservées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="336"/>
        <source>Edit ▸ Undo brings the import back.</source>
        <translation>Édition ▸ Annuler rétablit l&apos;importation.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Ajoutées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="vanished">Modifiées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="vanished">Écartées</translation>
    </message>
    <message>
        <source>sha256 {digest}</source>
        <translation type="vanished">sha256 {digest}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="569"/>
        <source>typed in</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="319"/>
        <source>Comparing with the figures already in the profile…</source>
        <translation>Comparaison avec les données déjà présentes dans le profil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="328"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="102"/>
        <source>{indicator}: with this file, the report&apos;s series uses {source} instead of {old} for {years}; the figures of {old} are kept as alternatives.</source>
        <translation>{indicator} : avec ce fichier, la série du rapport utilise {source} au lieu de {old} pour {years} ; les données de {old} sont gardées comme alternatives.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="122"/>
        <source>{indicator}: {count} of the figures to add ({years}) stay outside the report&apos;s printed series, which uses {series}; to print them, use a {source} figure for this series (the cell&apos;s panel, Use the selected figure).</source>
        <translation>{indicator} : {count} des données à ajouter ({years}) restent hors de la série imprimée dans le rapport, qui utilise {series} ; pour les imprimer, retenez une donnée {source} pour cette série (panneau de la cellule, Retenir la donnée sélectionnée).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="184"/>
        <source>This file was already imported on {date}; importing it again changes {count} figures.</source>
        <translation>Ce fichier a déjà été importé le {date} ; l’importer à nouveau modifie {count} données.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="385"/>
        <source>Entries of the file that hold no usable figure (empty or damaged cells, or no data).</source>
        <translation>Entrées du fichier qui ne contiennent aucune donnée exploitable (cellules vides ou endommagées, ou absence de données).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="126"/>
        <location filename="../../mpdesk/imports/preview.py" line="560"/>
        <source>another source</source>
        <translation>une autre source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="172"/>
        <source>This file was already imported on {date}; importing it again changes nothing, but one of its figures differs from a figure the team typed (see Conflicts).</source>
        <translation>Ce fichier a déjà été importé le {date} ; l’importer à nouveau ne change rien, mais un de ses chiffres diffère d’un chiffre saisi par l’équipe (voir Conflits).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="175"/>
        <source>This file was already imported on {date}; importing it again changes nothing, but {count} of its figures differ from figures the team typed (see Conflicts).</source>
        <translation>Ce fichier a déjà été importé le {date} ; l’importer à nouveau ne change rien, mais {count} de ses chiffres diffèrent de chiffres saisis par l’équipe (voir Conflits).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="179"/>
        <source>This file was already imported on {date}; importing it again changes nothing.</source>
        <translation>Ce fichier a déjà été importé le {date} ; l’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="182"/>
        <source>This file was already imported on {date}; importing it again changes one figure.</source>
        <translation>Ce fichier a déjà été importé le {date} ; l’importer à nouveau modifie une donnée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="617"/>
        <source>Nothing to import from {file}: none of its figures belong to the indicators of this profile that were chosen.</source>
        <translation>Rien à importer de {file} : aucune de ses données ne correspond aux indicateurs choisis de ce profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="247"/>
        <source>mpdesk does not know the layout of {name}. Say which column holds the year, the value and the breakdowns, and which indicator it is; mpdesk remembers it for the next file in this layout.</source>
        <translation>mpdesk ne connaît pas la disposition de {name}. Indiquez quelle colonne contient l&apos;année, la valeur et les ventilations, et de quel indicateur il s&apos;agit ; mpdesk s&apos;en souviendra pour le prochain fichier de même disposition.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="363"/>
        <source>{key}: this profile does not use this indicator.</source>
        <translation>{key} : ce profil n&apos;utilise pas cet indicateur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="366"/>
        <source>{name}: mpdesk computes this indicator from others, so the file&apos;s figures are not stored.</source>
        <translation>{name} : mpdesk calcule cet indicateur à partir d&apos;autres, les données du fichier ne sont donc pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="613"/>
        <source>{file} holds no figures for {keys}.</source>
        <translation>{file} ne contient aucune donnée pour {keys}.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../mpdesk/ui/jobs.py" line="91"/>
        <source>The work stopped because of an unexpected problem ({why}). Nothing you saved was changed; try again, and if it happens again send this sentence to your support contact.</source>
        <translation>Le travail s&apos;est interrompu en raison d&apos;un problème inattendu ({why}). Rien de ce que vous aviez enregistré n&apos;a été modifié ; réessayez et, si le problème se reproduit, transmettez cette phrase à votre contact d&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>KeyFiguresModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="61"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="61"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="79"/>
        <source>Since {year}</source>
        <translation>Depuis {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="83"/>
        <source>no figure yet</source>
        <translation>aucune donnée pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="60"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="64"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="69"/>
        <source>Same as the system ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="78"/>
        <source>&amp;Profile language…</source>
        <translation>Langue du &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="90"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="91"/>
        <source>mpdesk will speak {language} from its next start. Restart mpdesk now? The open profile is saved and opens again.</source>
        <translation>mpdesk s&apos;affichera en {language} dès son prochain démarrage. Redémarrer mpdesk maintenant ? Le profil ouvert est déjà enregistré et se rouvrira.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="95"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="96"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="90"/>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="313"/>
        <source>{name}: {reason}.</source>
        <translation>{name} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="370"/>
        <source>This profile was upgraded to the current format; a backup of the original is at {path}.</source>
        <translation>Ce profil a été mis à niveau vers le format actuel ; une sauvegarde de l&apos;original se trouve dans {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="377"/>
        <location filename="../../mpdesk/ui/main_window.py" line="519"/>
        <source>All changes saved — {time}</source>
        <translation>Toutes les modifications sont enregistrées — {time}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="378"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="436"/>
        <source>The sample profile could not be written: {why}</source>
        <translation>Le profil d&apos;exemple n&apos;a pas pu être écrit : {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="448"/>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="456"/>
        <source>A copy was saved as {path}</source>
        <translation>Une copie a été enregistrée sous {path}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="511"/>
        <source>About mpdesk</source>
        <translation>À propos de mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="515"/>
        <source>mpdesk</source>
        <translation>mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="131"/>
        <source>(no recent profiles)</source>
        <translation>(aucun profil récent)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="38"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="39"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="40"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un profil &amp;récent</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="43"/>
        <source>Open the &amp;sample profile</source>
        <translation>Ouvrir le profil d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="45"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="46"/>
        <source>Import &amp;log</source>
        <translation>&amp;Journal des importations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="48"/>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="50"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="51"/>
        <source>Prepare &amp;draft for email…</source>
        <translation>Préparer un &amp;projet pour courriel…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="53"/>
        <source>&amp;Close profile</source>
        <translation>&amp;Fermer le profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="60"/>
        <location filename="../../mpdesk/ui/window_menus.py" line="138"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="61"/>
        <location filename="../../mpdesk/ui/window_menus.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="72"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="73"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="73"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="74"/>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="76"/>
        <source>&amp;Find a step, section or indicator…</source>
        <translation>Rec&amp;hercher une étape, une section ou un indicateur…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="88"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="90"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="116"/>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="122"/>
        <source>&amp;About mpdesk</source>
        <translation>À &amp;propos de mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="138"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="139"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="20"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="22"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="23"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>mpdesk was not closed normally last time. Nothing was lost: every edit up to {when} was saved.</source>
        <translation type="vanished">mpdesk n&apos;a pas été fermé normalement la dernière fois. Rien n&apos;a été perdu : toutes les modifications jusqu&apos;à {when} ont été enregistrées.</translation>
    </message>
    <message>
        <source>mpdesk {version}

A desktop companion for national Migration Profile exercises, following IOM&apos;s guidance &quot;Migration Profiles: Making the Most of the Process&quot;. It works fully offline; each profile is one file.</source>
        <translation type="vanished">mpdesk {version}

Un outil de bureau pour les exercices nationaux de profil migratoire, conforme au guide de l&apos;OIM « Profils migratoires : tirer le meilleur parti du processus ». Il fonctionne entièrement hors ligne ; chaque profil est un seul fichier.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="64"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="66"/>
        <source>&amp;Year column:</source>
        <translation>Colonne de l&apos;&amp;année :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="66"/>
        <source>&amp;Value column:</source>
        <translation>Colonne de la &amp;valeur :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="67"/>
        <source>&amp;Sex column:</source>
        <translation>Colonne du &amp;sexe :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="67"/>
        <source>&amp;Age group column:</source>
        <translation>Colonne du &amp;groupe d&apos;âge :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="68"/>
        <source>&amp;Partner country column:</source>
        <translation>Colonne du &amp;pays partenaire :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="68"/>
        <source>S&amp;ource column:</source>
        <translation>Colonne de la s&amp;ource :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="80"/>
        <source>&amp;Read with these columns</source>
        <translation>&amp;Lire avec ces colonnes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="88"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../mpdesk/ui/widgets.py" line="43"/>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/widgets.py" line="44"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ModuleMenuModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="68"/>
        <source>Report section</source>
        <translation>Section du rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="68"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="68"/>
        <source>Reason (if left out or added)</source>
        <translation>Motif (si retirée ou ajoutée)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="114"/>
        <source>Added by the team</source>
        <translation>Ajoutée par l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="116"/>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="118"/>
        <source>Extended profile</source>
        <translation>Profil étendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="119"/>
        <source>Core</source>
        <translation>Essentielle</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="80"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="93"/>
        <source>Filled in at step {step}; the report prints it here. A change made on this page is made there too.</source>
        <translation>Se remplit à l&apos;étape {step} ; le rapport l&apos;imprime ici. Une modification faite sur cette page l&apos;est aussi là-bas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="95"/>
        <source>Open step {key}</source>
        <translation>Ouvrir l&apos;étape {key}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="119"/>
        <source>Figures</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="130"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="182"/>
        <location filename="../../mpdesk/ui/wizard.py" line="188"/>
        <source>Report modules</source>
        <translation>Modules du rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="183"/>
        <source>The template menu: untick what this profile will not cover, tick optional modules you want. You can change this later in step 1.4.</source>
        <translation>Le menu du modèle : décochez ce que ce profil ne couvrira pas, cochez les modules facultatifs souhaités. Vous pourrez le modifier plus tard à l&apos;étape 1.4.</translation>
    </message>
</context>
<context>
    <name>ModulesPart</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="101"/>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="107"/>
        <source>Report modules</source>
        <translation>Modules du rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="102"/>
        <source>Tick the sections this profile will contain. Optional modules are off by default; say why a core section is left out.</source>
        <translation>Cochez les sections que contiendra ce profil. Les modules facultatifs sont désactivés par défaut ; indiquez pourquoi une section essentielle est retirée.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="74"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="74"/>
        <source>Start the line with ## (a heading)</source>
        <translation>Commencer la ligne par ## (un titre)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="75"/>
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="75"/>
        <source>Start the line with - (a list item)</source>
        <translation>Commencer la ligne par - (un élément de liste)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="76"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="76"/>
        <source>Wrap the selection in **…**</source>
        <translation>Encadrer la sélection par **…**</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="77"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="77"/>
        <source>Wrap the selection in *…*</source>
        <translation>Encadrer la sélection par *…*</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="85"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="95"/>
        <source>Write this section&apos;s text here. It is saved as you type.</source>
        <translation>Rédigez ici le texte de cette section. Il est enregistré au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="96"/>
        <source>Text of this section</source>
        <translation>Texte de cette section</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="99"/>
        <source>Preview of this section&apos;s text</source>
        <translation>Aperçu du texte de cette section</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="154"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="130"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="63"/>
        <location filename="../../mpdesk/ui/navigator.py" line="66"/>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="73"/>
        <source>Process steps</source>
        <translation>Étapes du processus</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="74"/>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="77"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="78"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="115"/>
        <source>Stage {key} · {title}</source>
        <translation>Phase {key} · {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="138"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="139"/>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
</context>
<context>
    <name>NewProfileWizard</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="210"/>
        <source>New Migration Profile</source>
        <translation>Nouveau profil migratoire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="216"/>
        <source>Create and save…</source>
        <translation>Créer et enregistrer…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="238"/>
        <source>Save the new profile as</source>
        <translation>Enregistrer le nouveau profil sous</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="232"/>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="263"/>
        <source>estimate; GDP from IMF World Economic Outlook</source>
        <translation>estimation ; PIB tiré des Perspectives de l’économie mondiale du FMI</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="150"/>
        <source>Model estimate</source>
        <translation>Estimation par modèle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="152"/>
        <source>Mid-{year} stocks: the matrix titled {title} is based on UN DESA&apos;s estimates for mid-{year}</source>
        <translation>Stocks au milieu de {year} : la matrice intitulée {title} repose sur les estimations du DAES de l’ONU pour le milieu de {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="152"/>
        <source>Source given: {text}</source>
        <translation>Source indiquée : {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="235"/>
        <source>Mid-year estimate; includes asylum seekers</source>
        <translation>Estimation au milieu de l’année ; comprend les demandeurs d’asile</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="244"/>
        <source>Basis: {basis} (UN DESA type of data &apos;{code}&apos;)</source>
        <translation>Base : {basis} (type de données du DAES « {code} »)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="284"/>
        <source>UN WPP {revision} projection</source>
        <translation>projection des WPP {revision} des Nations Unies</translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="216"/>
        <source>Notes on this step</source>
        <translation>Notes sur cette étape</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="217"/>
        <source>Decisions, contacts, things to follow up…</source>
        <translation>Décisions, contacts, points à suivre…</translation>
    </message>
</context>
<context>
    <name>OpeningPreview</name>
    <message>
        <location filename="../../mpdesk/ui/preview.py" line="33"/>
        <source>Opening {title}…</source>
        <translation>Ouverture de {title}…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/preview.py" line="39"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/preview.py" line="41"/>
        <source>Stage {key} · {title}</source>
        <translation>Phase {key} · {title}</translation>
    </message>
</context>
<context>
    <name>PageFactory</name>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="46"/>
        <source>This page is not available in this version of mpdesk. Its guidance is shown below; everything already entered is kept in the file.</source>
        <translation>Cette page n&apos;est pas disponible dans cette version de mpdesk. Ses orientations sont affichées ci-dessous ; tout ce qui a déjà été saisi est conservé dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="50"/>
        <source>This page could not be opened because of an error in mpdesk. Nothing was lost; please report the problem to the mpdesk team.</source>
        <translation>Cette page n&apos;a pas pu être ouverte en raison d&apos;une erreur dans mpdesk. Rien n&apos;a été perdu ; veuillez signaler le problème à l&apos;équipe mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="58"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="60"/>
        <source>Import log</source>
        <translation>Journal des importations</translation>
    </message>
</context>
<context>
    <name>PendingText</name>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="73"/>
        <source>These cells hold text that could not be read as a figure; it is not saved:</source>
        <translation>Ces cellules contiennent un texte qui n’a pas pu être lu comme un chiffre ; il n’est pas enregistré :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="74"/>
        <source>Go back to correct them, or leave without them (the text is lost).</source>
        <translation>Revenez pour les corriger, ou partez sans elles (le texte est perdu).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="52"/>
        <source>Text not saved</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="55"/>
        <source>Go back to correct</source>
        <translation>Revenir corriger</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="56"/>
        <source>Quit without them</source>
        <translation>Quitter sans elles</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="56"/>
        <source>Close the profile without them</source>
        <translation>Fermer le profil sans elles</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="32"/>
        <source>{where}: “{text}”</source>
        <translation>{where} : « {text} »</translation>
    </message>
</context>
<context>
    <name>PrintingWarning</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="173"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="174"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="175"/>
        <source>Change those entries, or untick their modules, then export again</source>
        <translation>Modifiez ces saisies ou décochez leurs modules, puis exportez à nouveau</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="54"/>
        <source>The edition year must be between 1990 and 2100.</source>
        <translation>L&apos;année de l&apos;édition doit être comprise entre 1990 et 2100.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="63"/>
        <source>A profile is either basic or extended.</source>
        <translation>Un profil est soit de base, soit étendu.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="67"/>
        <location filename="../../mpdesk/services/profile.py" line="182"/>
        <source>The reference period starts after it ends.</source>
        <translation>La période de référence commence après sa fin.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="90"/>
        <source>This profile&apos;s language ({lang}) is not complete in mpdesk yet: its report is written in English. Choose English, French or Spanish under Settings &gt; Profile language.</source>
        <translation>La langue de ce profil ({lang}) n&apos;est pas encore complète dans mpdesk : son rapport est rédigé en anglais. Choisissez l&apos;anglais, le français ou l&apos;espagnol dans Paramètres &gt; Langue du profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="177"/>
        <source>Edit profile details</source>
        <translation>Modifier les informations du profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="153"/>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="208"/>
        <source>Include {section}</source>
        <translation>Inclure {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="208"/>
        <source>Leave out {section}</source>
        <translation>Retirer {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="51"/>
        <source>&apos;{code}&apos; is not an ISO 3166 alpha-3 country code (for example KEN for Kenya).</source>
        <translation>« {code} » n&apos;est pas un code de pays ISO 3166 alpha-3 (par exemple KEN pour le Kenya).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="56"/>
        <source>The edition year {year} is more than a year ahead; give the year the profile is published, at most {latest}.</source>
        <translation>L&apos;année d&apos;édition {year} est à plus d&apos;un an d&apos;ici ; indiquez l&apos;année de publication du profil, au plus {latest}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="60"/>
        <location filename="../../mpdesk/services/profile.py" line="175"/>
        <source>&apos;{lang}&apos; is not a supported language; choose one of {langs}.</source>
        <translation>« {lang} » n&apos;est pas une langue prise en charge ; choisissez parmi {langs}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="173"/>
        <source>&apos;{field}&apos; cannot be changed here.</source>
        <translation>« {field} » ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="206"/>
        <location filename="../../mpdesk/services/profile.py" line="223"/>
        <source>There is no report section &apos;{key}&apos;.</source>
        <translation>Il n&apos;existe pas de section du rapport « {key} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="225"/>
        <source>Edit text of {section}</source>
        <translation>Modifier le texte de {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/publication.py" line="67"/>
        <source>&apos;{field}&apos; is not a publication detail.</source>
        <translation>« {field} » n&apos;est pas une information de publication.</translation>
    </message>
    <message>
        <source>Migration Profile of {country} {year}</source>
        <translation type="vanished">Profil migratoire de {country} {year}</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="85"/>
        <source>{name} is not an mpdesk profile: its name ends in .mpdesk, but its content is not an mpdesk database (it may be another kind of file that was renamed, or a damaged copy). Open another copy of the profile.</source>
        <translation>{name} n&apos;est pas un profil mpdesk : son nom se termine par .mpdesk, mais son contenu n&apos;est pas une base de données mpdesk (c&apos;est peut-être un autre type de fichier renommé, ou une copie endommagée). Ouvrez une autre copie du profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="159"/>
        <source>{name} is damaged and cannot be read ({why}). Open an earlier copy of the profile.</source>
        <translation>{name} est endommagé et ne peut pas être lu ({why}). Ouvrez une copie antérieure du profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="56"/>
        <source>{name} is a folder, not an mpdesk profile file.</source>
        <translation>{name} est un dossier, et non un fichier de profil mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="58"/>
        <source>{name} is not an ordinary file (it is a device or a pipe), so it cannot be a profile.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire (c&apos;est un périphérique ou un tube), ce ne peut donc pas être un profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="77"/>
        <source>{name} is not an mpdesk profile: it is not a database file. Choose a file with the .mpdesk extension.</source>
        <translation>{name} n&apos;est pas un profil mpdesk : ce n&apos;est pas un fichier de base de données. Choisissez un fichier portant l&apos;extension .mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="80"/>
        <source>{name} is not an mpdesk profile: the file is empty. Open another copy of the profile, or create a new one.</source>
        <translation>{name} n&apos;est pas un profil mpdesk : le fichier est vide. Ouvrez une autre copie du profil, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="83"/>
        <source>{name} is not an mpdesk profile: it is a text file that was given the .mpdesk extension. Open the profile itself (mpdesk writes it as a database file), or create a new one.</source>
        <translation>{name} n&apos;est pas un profil mpdesk : c&apos;est un fichier texte auquel on a donné l&apos;extension .mpdesk. Ouvrez le profil lui-même (mpdesk l&apos;enregistre comme un fichier de base de données), ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="109"/>
        <source>{name} is damaged: the file is shorter than it should be, as if a copy or download was cut short. Open an earlier copy or ask the sender to send it again.</source>
        <translation>{name} est endommagé : le fichier est plus court qu&apos;il ne devrait l&apos;être, comme si une copie ou un téléchargement avait été interrompu. Ouvrez une copie antérieure ou demandez à l&apos;expéditeur de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="130"/>
        <source>{name} was being saved when mpdesk or the computer stopped, and the unfinished save can only be undone where the file can be written. Copy {name} together with {name}-journal to a folder you can write to and open it there.</source>
        <translation>{name} était en cours d&apos;enregistrement lorsque mpdesk ou l&apos;ordinateur s&apos;est arrêté, et l&apos;enregistrement inachevé ne peut être annulé que là où le fichier peut être écrit. Copiez {name} avec {name}-journal dans un dossier où vous pouvez écrire et ouvrez-le à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="151"/>
        <source>{name} cannot be opened because the disk is full. Free some space and open it again; nothing in the file has been lost.</source>
        <translation>{name} ne peut pas être ouvert car le disque est plein. Libérez de l&apos;espace et ouvrez-le à nouveau ; rien n&apos;a été perdu dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="154"/>
        <source>{name} cannot be opened for editing because the file or its folder is read-only. Copy it to a folder you can write to (for example Documents) and open it there.</source>
        <translation>{name} ne peut pas être ouvert en modification car le fichier ou son dossier est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire (par exemple Documents) et ouvrez-le à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="157"/>
        <source>{name} is being written by another program. Close that program and open the file again.</source>
        <translation>{name} est en cours d&apos;écriture par un autre programme. Fermez ce programme et ouvrez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="192"/>
        <source>{name} is read-only, and mpdesk saves every edit at once. Copy the file to a folder you can write to (for example Documents), or remove the read-only setting, then open it again.</source>
        <translation>{name} est en lecture seule, or mpdesk enregistre chaque modification immédiatement. Copiez le fichier dans un dossier où vous pouvez écrire (par exemple Documents), ou supprimez l&apos;attribut lecture seule, puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="196"/>
        <source>The folder {folder} cannot be written to, and mpdesk saves every edit at once. Copy {name} to a folder you can write to (for example Documents) and open it there.</source>
        <translation>Il est impossible d&apos;écrire dans le dossier {folder}, or mpdesk enregistre chaque modification immédiatement. Copiez {name} dans un dossier où vous pouvez écrire (par exemple Documents) et ouvrez-le à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="53"/>
        <location filename="../../mpdesk/models/inspect_file.py" line="68"/>
        <source>The file {name} cannot be read ({why}). Check that you have permission to open it.</source>
        <translation>Le fichier {name} ne peut pas être lu ({why}). Vérifiez que vous avez l&apos;autorisation de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="167"/>
        <source>{name} is damaged: its database structure failed the integrity check. Open an earlier copy or the backup made before the last upgrade.</source>
        <translation>{name} est endommagé : la structure de sa base de données n&apos;a pas passé le contrôle d&apos;intégrité. Ouvrez une copie antérieure ou la sauvegarde effectuée avant la dernière mise à niveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="172"/>
        <source>{name} is a database, but not an mpdesk profile. Choose a file created by mpdesk.</source>
        <translation>{name} est une base de données, mais pas un profil mpdesk. Choisissez un fichier créé par mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="175"/>
        <source>{name} is damaged: it does not say which version of mpdesk wrote it. Open an earlier copy of the profile, or the backup made before the last upgrade.</source>
        <translation>{name} est endommagé : il n&apos;indique pas quelle version de mpdesk l&apos;a écrit. Ouvrez une copie antérieure du profil, ou la sauvegarde faite avant la dernière mise à niveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="180"/>
        <source>{name} is damaged: part of it is missing (the table {table}). Open an earlier copy of the profile.</source>
        <translation>{name} est endommagé : une partie manque (la table {table}). Ouvrez une copie antérieure du profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="49"/>
        <source>{name} is a link that points back to itself, so there is no file to open.</source>
        <translation>{name} est un lien qui pointe vers lui-même ; il n&apos;y a donc aucun fichier à ouvrir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="51"/>
        <source>The file {name} does not exist in {folder}. It may have been moved, renamed or deleted.</source>
        <translation>Le fichier {name} n&apos;existe pas dans {folder}. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="370"/>
        <source>{name} needs upgrading, but its folder already holds too many backup copies. Move some away and try again.</source>
        <translation>{name} doit être mis à niveau, mais son dossier contient déjà trop de copies de sauvegarde. Déplacez-en quelques-unes et réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="200"/>
        <source>{name} is already open in another mpdesk window. Switch to that window, or close it before opening the file here.</source>
        <translation>{name} est déjà ouvert dans une autre fenêtre de mpdesk. Passez à cette fenêtre, ou fermez-la avant d&apos;ouvrir le fichier ici.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="237"/>
        <source>{name} already exists. Choose another name, or open it instead.</source>
        <translation>{name} existe déjà. Choisissez un autre nom, ou ouvrez plutôt ce fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="240"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="305"/>
        <source>{name} was saved by a newer version of mpdesk (file format {found}); this version reads formats up to {latest}. Install the latest mpdesk to open it; the file has not been changed.</source>
        <translation>{name} a été enregistré par une version plus récente de mpdesk (format de fichier {found}) ; cette version lit les formats jusqu&apos;à {latest}. Installez la dernière version de mpdesk pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="310"/>
        <source>{name} is damaged: it says it is in file format {found}, which no mpdesk ever wrote. Open an earlier copy of the profile; the file has not been changed.</source>
        <translation>{name} est endommagé : il indique le format de fichier {found}, qu&apos;aucune version de mpdesk n&apos;a jamais écrit. Ouvrez une copie antérieure du profil ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="197"/>
        <source>mpdesk cannot open {name}: {why}.</source>
        <translation>mpdesk ne peut pas ouvrir {name} : {why}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="245"/>
        <source>mpdesk could not write {name} in {folder}: {why}. Check that the disk has free space and that you can write to the folder.</source>
        <translation>mpdesk n&apos;a pas pu écrire {name} dans {folder} : {why}. Vérifiez que le disque dispose d&apos;espace libre et que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="397"/>
        <source>mpdesk could not upgrade {name} to the new file format. {why} The file is still in its old format, and the copy made before the upgrade is kept as {backup}.</source>
        <translation>mpdesk n&apos;a pas pu mettre {name} au nouveau format de fichier. {why} Le fichier reste dans son ancien format, et la copie faite avant la mise à niveau est conservée sous {backup}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="365"/>
        <source>{name} needs upgrading, but mpdesk could not write a backup copy first ({why}). Free some disk space and try again; the file has not been changed.</source>
        <translation>{name} doit être mis à niveau, mais mpdesk n&apos;a pas pu d&apos;abord en faire une copie de sauvegarde ({why}). Libérez de l&apos;espace disque et réessayez ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="142"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="133"/>
        <source>yes (1) or no (0)</source>
        <translation>oui (1) ou non (0)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="135"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="137"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="139"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="141"/>
        <source>JSON text</source>
        <translation>du texte JSON</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="147"/>
        <source>nothing (NULL)</source>
        <translation>une valeur vide (NULL)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="149"/>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="68"/>
        <source>{name} cannot be opened: row {row} of the table &apos;{table}&apos; holds {value} in the column &apos;{column}&apos;, where {expected} belongs. The file was changed outside mpdesk; open an earlier copy of the profile. The file has not been changed.</source>
        <translation>{name} ne peut pas être ouvert : la ligne {row} de la table « {table} » contient {value} dans la colonne « {column} », où il faudrait {expected}. Le fichier a été modifié en dehors de mpdesk ; ouvrez une copie antérieure du profil. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}.</source>
        <translation type="vanished">{name} ne peut pas être ouvert : {why}.</translation>
    </message>
    <message>
        <source>{name} is damaged: it does not say which version of mpdesk wrote it.</source>
        <translation type="vanished">{name} est endommagé : il n&apos;indique pas quelle version de mpdesk l&apos;a écrit.</translation>
    </message>
    <message>
        <source>mpdesk cannot create {name} in {folder}: {why}. Choose a folder you can write to, such as Documents.</source>
        <translation type="vanished">mpdesk ne peut pas créer {name} dans {folder} : {why}. Choisissez un dossier dans lequel vous pouvez écrire, comme Documents.</translation>
    </message>
    <message>
        <source>mpdesk could not write {name}: {why}. Check that the disk has free space and that you can write to the folder.</source>
        <translation type="vanished">mpdesk n&apos;a pas pu écrire {name} : {why}. Vérifiez que le disque dispose d&apos;espace libre et que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>mpdesk could not upgrade {name} ({why}). The file has been left as it was.</source>
        <translation type="vanished">mpdesk n&apos;a pas pu mettre à niveau {name} ({why}). Le fichier a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>ProfileLanguageDialog</name>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="136"/>
        <source>Profile language</source>
        <translation>Langue du profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="139"/>
        <source>The report, the PDF and the workbook of this profile are written in this language, and its figures and dates are written as it writes them. Everything else on screen (menus, guidance, indicator names) keeps the interface language.</source>
        <translation>Le rapport, le PDF et le classeur de ce profil sont rédigés dans cette langue, et ses nombres et dates sont écrits comme elle les écrit. Tout le reste à l&apos;écran (menus, orientations, noms des indicateurs) garde la langue de l&apos;interface.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="149"/>
        <source>Language of the profile</source>
        <translation>Langue du profil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="150"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The report, the PDF and the workbook of this profile are written in this language, and its guidance is shown in it. The menus and buttons keep the interface language.</source>
        <translation type="vanished">Le rapport, le PDF et le classeur de ce profil sont rédigés dans cette langue, et ses orientations s&apos;y affichent. Les menus et les boutons restent dans la langue de l&apos;interface.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="71"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="72"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="73"/>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Étape précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="74"/>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="76"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="77"/>
        <location filename="../../mpdesk/ui/profile_view.py" line="168"/>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Étape suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="160"/>
        <source>← Back to step {key}</source>
        <translation>← Retour à l&apos;étape {key}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="161"/>
        <source>Return to the step you were working on</source>
        <translation>Revenir à l&apos;étape en cours</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="164"/>
        <source>Export the report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="165"/>
        <source>The last step: export the report as PDF, Excel or CSV (Ctrl+E)</source>
        <translation>La dernière étape : exporter le rapport en PDF, Excel ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="167"/>
        <source>Next: {key} →</source>
        <translation>Suivant : {key} →</translation>
    </message>
    <message>
        <source>Back to step {key} →</source>
        <translation type="vanished">Retour à l&apos;étape {key} →</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../mpdesk/ui/qt_gaps.py" line="11"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/qt_gaps.py" line="12"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="462"/>
        <source>To print the years of {other} instead, open the figure for {year}, which both sources give, and use the one from {other}: the whole series then takes that source.</source>
        <translation>Pour imprimer plutôt les années de {other}, ouvrez la donnée de {year}, que les deux sources donnent, et retenez celle de {other} : toute la série prend alors cette source.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="465"/>
        <source>To print one of these figures, type it in its cell with its source.</source>
        <translation>Pour imprimer l&apos;une de ces données, saisissez-la dans sa cellule avec sa source.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="728"/>
        <source>The threshold for changes per year must be between 1% and 1,000%.</source>
        <translation>Le seuil de la variation par an doit être compris entre 1 % et 1 000 %.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="729"/>
        <source>Set the threshold for changes per year</source>
        <translation>Définir le seuil de la variation par an</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="82"/>
        <source>{name} for {year}</source>
        <translation>{name} pour {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="219"/>
        <source>{name}: for {years} the total is from {total_source} and women and men from {split_source}; figures from different sources need not add up, and are not compared.</source>
        <translation>{name} : pour {years}, le total provient de {total_source} et les femmes et les hommes de {split_source} ; des chiffres de sources différentes ne s’additionnent pas forcément et ne sont pas comparés.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="228"/>
        <source>{where}: women ({female}) plus men ({male}) make {sum}, but the total is {total}. Check that the three figures come from the same source and date.</source>
        <translation>{where} : les femmes ({female}) plus les hommes ({male}) font {sum}, mais le total est de {total}. Vérifiez que les trois données proviennent de la même source et de la même date.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="294"/>
        <source>partner countries</source>
        <translation>pays partenaires</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="294"/>
        <source>age groups</source>
        <translation>groupes d&apos;âge</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="294"/>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="296"/>
        <source>{where}: the {what} add up to {parts}, more than the total of {total}. A part may be counted twice, or the total may come from another source.</source>
        <translation>{where} : la somme des {what} est de {parts}, soit plus que le total de {total}. Une partie est peut-être comptée deux fois, ou le total provient peut-être d&apos;une autre source.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="363"/>
        <source>{where}, the sources disagree for {years}; the largest difference, {difference}, is in {year}: {listed}. The profile now uses {chosen}; choose the figure the team retains.</source>
        <translation>{where}, les sources divergent pour {years} ; l&apos;écart le plus grand, {difference}, est en {year} : {listed}. Le profil retient désormais {chosen} ; choisissez la donnée que l&apos;équipe retient.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="125"/>
        <location filename="../../mpdesk/services/quality.py" line="360"/>
        <location filename="../../mpdesk/services/quality.py" line="390"/>
        <location filename="../../mpdesk/services/quality.py" line="397"/>
        <location filename="../../mpdesk/services/quality.py" line="415"/>
        <location filename="../../mpdesk/services/quality.py" line="417"/>
        <location filename="../../mpdesk/services/quality.py" line="449"/>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="92"/>
        <location filename="../../mpdesk/services/quality.py" line="472"/>
        <source>{name} ({disaggregation})</source>
        <translation>{name} ({disaggregation})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="331"/>
        <source>{name} has {n} figure(s) without a source ({years}). Add the source so readers can check them.</source>
        <translation>{name} a {n} donnée(s) sans source ({years}). Ajoutez la source afin que les lecteurs puissent les vérifier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="368"/>
        <source>the figure without source</source>
        <translation>la donnée sans source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="419"/>
        <source>{where}: figures are left out because the series uses another source ({main}): {listed}. The report prints &apos;..&apos; for those years.</source>
        <translation>{where} : des données sont laissées de côté, car la série utilise une autre source ({main}) : {listed}. Le rapport imprime « .. » pour ces années.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="520"/>
        <source>{where}: {figure} is {change} compared with the previous figure ({previous} in {year}). Check the figure, or explain the change in the text.</source>
        <translation>{where} : {figure} varie de {change} par rapport à la donnée précédente ({previous} en {year}). Vérifiez la donnée ou expliquez la variation dans le texte.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="523"/>
        <source>{where}: {figure} is {change} compared with the previous figure ({previous} in {year}), {yearly} a year over {gap} years. Check the figure, or explain the change in the text.</source>
        <translation>{where} : {figure} varie de {change} par rapport à la donnée précédente ({previous} en {year}), soit {yearly} par an sur {gap} ans. Vérifiez la donnée ou expliquez la variation dans le texte.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="568"/>
        <source>{name} for {years} divides figures from different population series: {used}. Use the same series for numerator and denominator, or say so in a note.</source>
        <translation>{name} pour {years} divise des données issues de séries de population différentes : {used}. Utilisez la même série pour le numérateur et le dénominateur, ou signalez-le dans une note.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="155"/>
        <source>{where} comes out at {figure}, outside 0-100: check the figures it is computed from ({formula}).</source>
        <translation>{where} s&apos;établit à {figure}, hors de l&apos;intervalle 0-100 : vérifiez les données à partir desquelles il est calculé ({formula}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="315"/>
        <source>{name} has figures for {years}, outside the reference period {start}-{end}; they are kept, but say in the text why they are shown.</source>
        <translation>{name} a des données pour {years}, en dehors de la période de référence {start}-{end} ; elles sont conservées, mais expliquez dans le texte pourquoi elles sont présentées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="359"/>
        <source>{figure} ({source})</source>
        <translation>{figure} ({source})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="394"/>
        <source>{where}: the series mixes sources. It uses {main}, but {listed}. Use one source for the whole series, or say why in a note.</source>
        <translation>{where} : la série mélange des sources. Elle utilise {main}, mais {listed}. Utilisez une seule source pour toute la série, ou expliquez pourquoi dans une note.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="606"/>
        <source>Section {title} is in the report but has no figures yet.</source>
        <translation>La section {title} figure dans le rapport mais n&apos;a pas encore de données.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="609"/>
        <source>Section {title} is in the report but has no text yet.</source>
        <translation>La section {title} figure dans le rapport mais n&apos;a pas encore de texte.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="389"/>
        <location filename="../../mpdesk/services/quality.py" line="416"/>
        <source>{source} for {years}</source>
        <translation>{source} pour {years}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="566"/>
        <source>{name} from {source}</source>
        <translation>{name} selon {source}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="123"/>
        <source>{where}: {figure} ({source}). {why}</source>
        <translation>{where} : {figure} ({source}). {why}</translation>
    </message>
    <message>
        <source>The threshold for year-on-year changes must be between 1% and 1,000%.</source>
        <translation type="vanished">Le seuil des variations d&apos;une année sur l&apos;autre doit être compris entre 1 % et 1 000 %.</translation>
    </message>
    <message>
        <source>Set threshold for year-on-year changes</source>
        <translation type="vanished">Définir le seuil des variations d&apos;une année sur l&apos;autre</translation>
    </message>
    <message>
        <source>{where}: {figure} is {change} from {previous} in {year}. Check the figure, or explain the change in the text.</source>
        <translation type="vanished">{where} : {figure} varie de {change} par rapport à {previous} en {year}. Vérifiez la donnée ou expliquez la variation dans le texte.</translation>
    </message>
    <message>
        <source>The series keeps {main} because the team chose it.</source>
        <translation type="vanished">La série conserve {main}, car l&apos;équipe l&apos;a choisie.</translation>
    </message>
    <message>
        <source>The series keeps {main} because {other} gives no figure in the reference period.</source>
        <translation type="vanished">La série conserve {main}, car {other} ne donne aucune donnée pour la période de référence.</translation>
    </message>
    <message>
        <source>The series keeps {main} because it gives both the total and the split by sex (its total adds up to its women and men).</source>
        <translation type="vanished">La série conserve {main}, car cette source donne à la fois le total et la ventilation par sexe (son total est la somme de ses femmes et de ses hommes).</translation>
    </message>
    <message>
        <source>The series keeps {main} because the catalogue lists it before {other} for this indicator.</source>
        <translation type="vanished">La série conserve {main}, car le catalogue cite cette source avant {other} pour cet indicateur.</translation>
    </message>
    <message>
        <source>The series keeps {main} because it gives more years of the reference period than {other}.</source>
        <translation type="vanished">La série conserve {main}, car cette source donne plus d&apos;années de la période de référence que {other}.</translation>
    </message>
    <message>
        <source>The series keeps {main} because it was imported first and {other} ranks the same.</source>
        <translation type="vanished">La série conserve {main}, car cette source a été importée en premier et {other} se classe au même rang.</translation>
    </message>
    <message>
        <source>{other} is an older release of the series&apos; dataset: within the years the newer release gives, its figures are kept as history only.</source>
        <translation type="vanished">{other} est une édition plus ancienne du jeu de données de la série : dans les années que donne l&apos;édition plus récente, ses données ne sont gardées que comme historique.</translation>
    </message>
    <message>
        <source>{number} {title}</source>
        <translation type="vanished">{number} {title}</translation>
    </message>
    <message>
        <source>{where}: figures are left out because the series uses another source ({main}): {listed}. The report prints &apos;..&apos; for those years. Choose that source for the series, or use the figure for its cell, in the module&apos;s figure grid.</source>
        <translation type="vanished">{where} : des données sont laissées de côté, car la série utilise une autre source ({main}) : {listed}. Le rapport imprime « .. » pour ces années. Choisissez cette source pour la série, ou retenez la donnée pour sa cellule, dans la grille de données du module.</translation>
    </message>
    <message>
        <source>{shown} and {n} more</source>
        <translation type="vanished">{shown} et {n} autres</translation>
    </message>
    <message>
        <source>{where}, the sources disagree: {listed}. The profile now uses {chosen}; choose the figure the team retains.</source>
        <translation type="vanished">{where}, les sources divergent : {listed}. Le profil retient désormais {chosen} ; choisissez la donnée que l&apos;équipe retient.</translation>
    </message>
    <message>
        <source>{where}: {figure} is {change}% from {previous} in {year}. Check the figure, or explain the change in the text.</source>
        <translation type="vanished">{where} : {figure} varie de {change} % par rapport à {previous} en {year}. Vérifiez la donnée ou expliquez la variation dans le texte.</translation>
    </message>
    <message>
        <source>{where} comes out at {figure}%, outside 0-100: check the figures it is computed from ({formula}).</source>
        <translation type="vanished">{where} s&apos;établit à {figure} %, hors de l&apos;intervalle 0-100 : vérifiez les données à partir desquelles il est calculé ({formula}).</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="209"/>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="210"/>
        <source>Checks on every figure of the profile. Double-click a finding to go to the cell. Where sources disagree, open the cell and choose the figure to use.</source>
        <translation>Contrôles sur chaque donnée du profil. Double-cliquez sur un constat pour accéder à la cellule. Lorsque des sources divergent, ouvrez la cellule et choisissez la donnée à retenir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="227"/>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="308"/>
        <source>Go to the figure</source>
        <translation>Accéder à la donnée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="237"/>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="237"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="238"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="238"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="243"/>
        <source>Show findings of this severity</source>
        <translation>Afficher les constats de cette gravité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="244"/>
        <source>Show findings of this module</source>
        <translation>Afficher les constats de ce module</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="250"/>
        <source>Flag a figure that changes by more than this from one year to the next.</source>
        <translation>Signaler une donnée qui varie de plus de ce seuil d&apos;une année sur l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="251"/>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="261"/>
        <source>Flag changes per year above</source>
        <translation>Signaler les variations par an supérieures à</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="255"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="257"/>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="280"/>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="290"/>
        <source>{errors} errors, {warnings} warnings, {notes} notes; {shown} shown.</source>
        <translation>{errors} erreurs, {warnings} avertissements, {notes} notes ; {shown} affichés.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="308"/>
        <source>Choose the figure to use…</source>
        <translation>Choisir la donnée à retenir…</translation>
    </message>
    <message>
        <source>Flag year-on-year changes above</source>
        <translation type="vanished">Signaler les variations annuelles supérieures à</translation>
    </message>
</context>
<context>
    <name>RegisterDelegate</name>
    <message>
        <location filename="../../mpdesk/ui/pages/register_delegate.py" line="87"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../../mpdesk/ui/pages/register_table.py" line="111"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_table.py" line="145"/>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_table.py" line="146"/>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/pages/register_table.py" line="178"/>
        <source>%n row(s) removed. Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n ligne supprimée. Édition &gt; Annuler (Ctrl+Z) la rétablit.</numerusform>
            <numerusform>%n lignes supprimées. Édition &gt; Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="37"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="37"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="38"/>
        <source>data source</source>
        <translation>source de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="38"/>
        <source>data gap</source>
        <translation>lacune de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="39"/>
        <source>data request</source>
        <translation>demande de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="39"/>
        <source>review comment</source>
        <translation>commentaire de relecture</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="40"/>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="40"/>
        <source>law or agreement</source>
        <translation>loi ou accord</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="79"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="47"/>
        <source>There is no register called &apos;{name}&apos;.</source>
        <translation>Il n&apos;existe pas de registre « {name} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="85"/>
        <source>Add {what}</source>
        <translation>Ajouter : {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="95"/>
        <source>Edit {what}</source>
        <translation>Modifier : {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="109"/>
        <source>Delete {what}</source>
        <translation>Supprimer : {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="57"/>
        <source>&apos;{field}&apos; is not a field of this register.</source>
        <translation>« {field} » n&apos;est pas un champ de ce registre.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="73"/>
        <source>&apos;{text}&apos; is not a date; use the form 2020-03-31.</source>
        <translation>« {text} » n&apos;est pas une date ; utilisez la forme 2020-03-31.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="98"/>
        <source>That {what} no longer exists.</source>
        <translation>Cet élément ({what}) n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="20"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="20"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="20"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="21"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="44"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="44"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="44"/>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="61"/>
        <source>Census</source>
        <translation>Recensement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="61"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="61"/>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="62"/>
        <source>International</source>
        <translation>Internationale</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>(not assessed)</source>
        <translation>(non évaluée)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>Poor</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="64"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="64"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="64"/>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="65"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="76"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="76"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="76"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="27"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="33"/>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="39"/>
        <source>Overdue since {date}: no reply received yet</source>
        <translation>En retard depuis le {date} : aucune réponse reçue à ce jour</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="46"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="67"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="86"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="46"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="47"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="47"/>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="48"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="48"/>
        <source>Data held</source>
        <translation>Données détenues</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="54"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="54"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="104"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="55"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="55"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="56"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="105"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="67"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="68"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="68"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="69"/>
        <source>Periodicity</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="69"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="70"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="70"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="78"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="78"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="79"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="79"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="80"/>
        <source>Action to close it</source>
        <translation>Action pour la combler</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="80"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="97"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="86"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="87"/>
        <source>What was asked</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="87"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="88"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="105"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="88"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="95"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="103"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="95"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="96"/>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="96"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="97"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="104"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="104"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="71"/>
        <source>The modules this source feeds, e.g. A.2, B.3</source>
        <translation>Les modules que cette source alimente, par ex. A.2, B.3</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="93"/>
        <source>Round {n}</source>
        <translation>Cycle {n}</translation>
    </message>
    <message>
        <source>Modules (e.g. A.2, B.3)</source>
        <translation type="vanished">Modules (par ex. A.2, B.3)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="186"/>
        <location filename="../../mpdesk/export/pdf/sections.py" line="252"/>
        <source>{years}: {note}</source>
        <translation>{years} : {note}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="81"/>
        <source>by sex</source>
        <translation>par sexe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="81"/>
        <source>by age group</source>
        <translation>par groupe d’âge</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="81"/>
        <source>by country</source>
        <translation>par pays</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="82"/>
        <source>by category</source>
        <translation>par catégorie</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="84"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="41"/>
        <location filename="../../mpdesk/export/derivation.py" line="142"/>
        <source>{indicator}: computed as {formula}.</source>
        <translation>{indicator} : calculé selon la formule {formula}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="101"/>
        <source>the sum of {name}</source>
        <translation>la somme de {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="39"/>
        <source>{mark} {indicator}: computed as {formula}.</source>
        <translation>{mark} {indicator} : calculé selon la formule {formula}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="73"/>
        <source>{source} ({years}: not the printed series, which has no figure for these years)</source>
        <translation>{source} ({years} : et non la série imprimée, qui n’a pas de chiffre pour ces années)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="60"/>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="91"/>
        <source>Migration Profile of {country}</source>
        <translation>Profil migratoire de {country}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="111"/>
        <source>Draft — {date}</source>
        <translation>Projet — {date}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="92"/>
        <source>migration</source>
        <translation>migration</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="34"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="34"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="34"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="35"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="116"/>
        <location filename="../../mpdesk/export/pdf/tables.py" line="214"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="116"/>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="116"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="117"/>
        <source>Periodicity</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="117"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="117"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="121"/>
        <source>Inventory of data sources</source>
        <translation>Inventaire des sources de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="129"/>
        <source>Data gap</source>
        <translation>Lacune de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="129"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="129"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="130"/>
        <source>Action to close it</source>
        <translation>Action pour la combler</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="133"/>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="134"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="218"/>
        <source>Data gaps</source>
        <translation>Lacunes de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="140"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="140"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="140"/>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="141"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="205"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <location filename="../../mpdesk/export/pdf/tables.py" line="213"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="143"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="146"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="219"/>
        <source>Laws, policies and agreements</source>
        <translation>Lois, politiques et accords</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="83"/>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="38"/>
        <source>Recommendations — {section}</source>
        <translation>Recommandations — {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="87"/>
        <source>{name} ({unit}): {definition}</source>
        <translation>{name} ({unit}) : {definition}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="315"/>
        <source>Line chart</source>
        <translation>Graphique linéaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="315"/>
        <location filename="../../mpdesk/export/pdf/charts.py" line="316"/>
        <source>Bar chart</source>
        <translation>Graphique à barres</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="316"/>
        <source>Stacked bar chart</source>
        <translation>Graphique à barres empilées</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="317"/>
        <source>Population pyramid</source>
        <translation>Pyramide des âges</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="317"/>
        <source>Doughnut chart</source>
        <translation>Graphique en anneau</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="318"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="328"/>
        <source>{series}: {a} in {first}, {b} in {last}.</source>
        <translation>{series} : {a} en {first}, {b} en {last}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="17"/>
        <source>Edition {year}</source>
        <translation>Édition {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="18"/>
        <source>Reference period {start}–{end}</source>
        <translation>Période de référence {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="31"/>
        <source>Draft — not for circulation</source>
        <translation>Projet — ne pas diffuser</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="20"/>
        <source>Prepared under the leadership of {agency}</source>
        <translation>Élaboré sous la direction de : {agency}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="57"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="226"/>
        <source>Publication details</source>
        <translation>Informations de publication</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="45"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="46"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="47"/>
        <source>Date of publication</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="30"/>
        <source>© {year} {holder}</source>
        <translation>© {year} {holder}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="49"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="66"/>
        <source>Acknowledgements</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="206"/>
        <location filename="../../mpdesk/export/pdf/sections.py" line="171"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="207"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="217"/>
        <source>TWG membership</source>
        <translation>Membres du GTT</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="217"/>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="218"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="198"/>
        <source>{section}: key indicators, {period}</source>
        <translation>{section} : indicateurs clés, {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="310"/>
        <source>{year} ({series}): typed by the Technical Working Group; the rest of the series comes from the series&apos; source.</source>
        <translation>{year} ({series}) : saisi par le groupe de travail technique ; le reste de la série provient de la source de la série.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="56"/>
        <source>Table {n}: {title}</source>
        <translation>Tableau {n} : {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="59"/>
        <source>Figure {n}: {title}</source>
        <translation>Figure {n} : {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="134"/>
        <source>No text has been written for this section yet.</source>
        <translation>Aucun texte n&apos;a encore été rédigé pour cette section.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="194"/>
        <source>{indicator}: top {n} countries, {period}</source>
        <translation>{indicator} : les {n} premiers pays, {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="197"/>
        <source>{indicator} by country, {period}</source>
        <translation>{indicator} par pays, {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="308"/>
        <source>{year} ({series}): typed by the Technical Working Group (source given: {source}); the rest of the series comes from the series&apos; source.</source>
        <translation>{year} ({series}) : saisi par le groupe de travail technique (source indiquée : {source}) ; le reste de la série provient de la source de la série.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="208"/>
        <source>Unit: {unit}.</source>
        <translation>Unité : {unit}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="213"/>
        <source>Sources: {sources}.</source>
        <translation>Sources : {sources}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="224"/>
        <source>Notes: {notes}</source>
        <translation>Notes : {notes}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="297"/>
        <source>{year} ({series}): {source}, chosen for this figure; the rest of the series comes from the series&apos; source.</source>
        <translation>{year} ({series}) : {source}, choisie pour ce chiffre ; le reste de la série provient de la source de la série.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="216"/>
        <source>Source: {sources}.</source>
        <translation>Source : {sources}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="96"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="173"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="173"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="174"/>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="98"/>
        <source>List of tables</source>
        <translation>Liste des tableaux</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="99"/>
        <source>List of figures</source>
        <translation>Liste des figures</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="187"/>
        <source>Key migration figures</source>
        <translation>Principales données migratoires</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="146"/>
        <location filename="../../mpdesk/export/pdf/tables.py" line="213"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="213"/>
        <source>Latest figure</source>
        <translation>Dernière donnée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="214"/>
        <source>Change since previous figure</source>
        <translation>Évolution depuis la donnée précédente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="120"/>
        <source>{start}… (continued in note {n} under the table)</source>
        <translation>{start}… (suite dans la note {n} sous le tableau)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="146"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="44"/>
        <source>{indicator}: the total ({total}) and its breakdown by sex ({split}) come from different sources, so they need not add up.</source>
        <translation>{indicator} : le total ({total}) et sa ventilation par sexe ({split}) proviennent de sources différentes ; leur somme peut donc différer.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="130"/>
        <source>Note {n}: {text}</source>
        <translation>Note {n} : {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/template.py" line="52"/>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/template.py" line="74"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="13"/>
        <source>Census</source>
        <translation>Recensement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="13"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="14"/>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="15"/>
        <source>International</source>
        <translation>Internationale</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="16"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="16"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="16"/>
        <source>Poor</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="17"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="17"/>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="18"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="19"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="19"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="19"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="167"/>
        <source>Selected years; the statistical annex and the workbook give every year ({first}–{last}).</source>
        <translation>Années choisies ; l&apos;annexe statistique et le classeur donnent toutes les années ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="96"/>
        <source>{year}: typed by the Technical Working Group; the rest of the row comes from the series&apos; source.</source>
        <translation>{year} : saisi par le groupe de travail technique ; le reste de la ligne provient de la source de la série.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="99"/>
        <source>{year}: {source} (chosen for this figure; the rest of the row comes from the series&apos; source).</source>
        <translation>{year} : {source} (choisie pour ce chiffre ; le reste de la ligne provient de la source de la série).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="94"/>
        <source>{year}: typed by the Technical Working Group (source given: {source}); the rest of the row comes from the series&apos; source.</source>
        <translation>{year} : saisi par le groupe de travail technique (source indiquée : {source}) ; le reste de la ligne provient de la source de la série.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="162"/>
        <source>Reference period {start}–{end} only; the statistical annex and the workbook give every year ({first}–{last}).</source>
        <translation>Période de référence {start}–{end} seulement ; l’annexe statistique et le classeur donnent toutes les années ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="165"/>
        <source>Selected years of the reference period {start}–{end}; the statistical annex and the workbook give every year ({first}–{last}).</source>
        <translation>Années choisies de la période de référence {start}–{end} ; l’annexe statistique et le classeur donnent toutes les années ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="179"/>
        <source>No figure of this table falls in the reference period {start}–{end}: the latest years are shown.</source>
        <translation>Aucune donnée de ce tableau ne tombe dans la période de référence {start}–{end} : les années les plus récentes sont présentées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="184"/>
        <source>{mark} no figure in this series (not zero).</source>
        <translation>{mark} aucune donnée dans cette série (pas zéro).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="62"/>
        <source>{status}: {note}.</source>
        <translation>{status} : {note}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="52"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="52"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="53"/>
        <source>Provisional figure</source>
        <translation>Chiffre provisoire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/publication.py" line="40"/>
        <source>The opinions expressed in this report are those of the authors and do not necessarily reflect the views of the organizations that supported it. The designations employed and the presentation of material throughout the report do not imply the expression of any opinion whatsoever concerning the legal status of any country, territory, city or area, or of its authorities, or concerning its frontiers or boundaries.</source>
        <translation>Les opinions exprimées dans ce rapport sont celles des auteurs et ne reflètent pas nécessairement les vues des organisations qui l&apos;ont soutenu. Les appellations employées et la présentation des données dans ce rapport n&apos;impliquent de la part de ces organisations aucune prise de position quant au statut juridique des pays, territoires, villes ou zones, ou de leurs autorités, ni quant au tracé de leurs frontières ou limites.</translation>
    </message>
    <message>
        <source>{sources}, not the series printed in this table</source>
        <translation type="vanished">{sources}, et non la série imprimée dans ce tableau</translation>
    </message>
    <message>
        <source>Computed from other figures of this profile.</source>
        <translation type="vanished">Calculé à partir d&apos;autres données de ce profil.</translation>
    </message>
    <message>
        <source>{mark} Computed from other figures of this profile.</source>
        <translation type="vanished">{mark} Calculé à partir d&apos;autres données de ce profil.</translation>
    </message>
    <message>
        <source>{mark} {year}: {source} (chosen for this figure; the rest of the row comes from the series&apos; source).</source>
        <translation type="vanished">{mark} {year} : {source} (choisie pour ce chiffre ; le reste de la ligne provient de la source de la série).</translation>
    </message>
    <message>
        <source>female</source>
        <translation type="vanished">femmes</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="vanished">hommes</translation>
    </message>
    <message>
        <source>aged {ages}</source>
        <translation type="vanished">âgés de {ages}</translation>
    </message>
    <message>
        <source>{mark} no figure available (not zero).</source>
        <translation type="vanished">{mark} aucune donnée disponible (et non zéro).</translation>
    </message>
    <message>
        <source>Table {n}: Recommendations — {section}</source>
        <translation type="vanished">Tableau {n} : Recommandations — {section}</translation>
    </message>
    <message>
        <source>Table {n}: Inventory of data sources</source>
        <translation type="vanished">Tableau {n} : Inventaire des sources de données</translation>
    </message>
    <message>
        <source>Table {n}: Data gaps</source>
        <translation type="vanished">Tableau {n} : Lacunes de données</translation>
    </message>
    <message>
        <source>Table {n}: Laws, policies and agreements</source>
        <translation type="vanished">Tableau {n} : Lois, politiques et accords</translation>
    </message>
    <message>
        <source>Table {n}: Key migration figures</source>
        <translation type="vanished">Tableau {n} : Principales données migratoires</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="32"/>
        <source>Write a data-request workbook</source>
        <translation>Écrire un classeur de demande de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="34"/>
        <location filename="../../mpdesk/ui/request_dialog.py" line="35"/>
        <source>One Excel workbook for one institution, with only the indicators asked of it in the data-request log. When it comes back filled in, import it with File ▸ Import data… (Ctrl+I).</source>
        <translation>Un classeur Excel par institution, avec seulement les indicateurs qui lui sont demandés dans le journal des demandes de données. Quand il reviendra rempli, importez-le avec Fichier ▸ Importer des données… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="41"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="44"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="48"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="56"/>
        <source>&amp;Write the workbook</source>
        <translation>É&amp;crire le classeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="59"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="68"/>
        <source>The data-request log is empty: add a request (institution and indicators) first.</source>
        <translation>Le journal des demandes de données est vide : ajoutez d&apos;abord une demande (institution et indicateurs).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="76"/>
        <source>Data request - {name}.xlsx</source>
        <translation>Demande de données - {name}.xlsx</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="79"/>
        <source>Save the data-request workbook</source>
        <translation>Enregistrer le classeur de demande de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="80"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="97"/>
        <source>Wrote {path} and marked its requests as sent today in the data-request log (change the date there if you send it later). Send it to {name}; when it comes back, import it with File ▸ Import data… (Ctrl+I).</source>
        <translation>{path} a été écrit et ses demandes sont marquées comme envoyées aujourd&apos;hui dans le journal des demandes de données (changez-y la date si vous l&apos;envoyez plus tard). Envoyez-le à {name} ; quand il reviendra, importez-le avec Fichier ▸ Importer des données… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="101"/>
        <source>Wrote {path}. Send it to {name}; when it comes back, import it with File ▸ Import data… (Ctrl+I).</source>
        <translation>{path} a été écrit. Envoyez-le à {name} ; quand il reviendra, importez-le avec Fichier ▸ Importer des données… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="116"/>
        <source>Write a request workbook…</source>
        <translation>Écrire un classeur de demande…</translation>
    </message>
    <message>
        <source>One Excel workbook for one institution, with only the indicators asked of it in the data-request log. When it comes back filled in, import it with File ▸ Import data….</source>
        <translation type="vanished">Un classeur Excel par institution, avec seulement les indicateurs qui lui sont demandés dans le journal des demandes de données. Quand il reviendra rempli, importez-le avec Fichier ▸ Importer des données….</translation>
    </message>
    <message>
        <source>Wrote {path} and marked its requests as sent today in the data-request log (change the date there if you send it later). Send it to {name}; when it comes back, import it with File ▸ Import data….</source>
        <translation type="vanished">{path} a été écrit et ses demandes sont marquées comme envoyées aujourd&apos;hui dans le journal des demandes de données (changez-y la date si vous l&apos;envoyez plus tard). Envoyez-le à {name} ; quand il reviendra, importez-le avec Fichier ▸ Importer des données….</translation>
    </message>
    <message>
        <source>Wrote {path}. Send it to {name}; when it comes back, import it with File ▸ Import data….</source>
        <translation type="vanished">{path} a été écrit. Envoyez-le à {name} ; quand il reviendra, importez-le avec Fichier ▸ Importer des données….</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="145"/>
        <source>No data request is logged for {name}; add one on step 2.1 (the data-request log) first.</source>
        <translation>Aucune demande de données n&apos;est enregistrée pour {name} ; ajoutez-en d&apos;abord une à l&apos;étape 2.1 (le journal des demandes de données).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="149"/>
        <source>The requests to {name} name no indicator of this profile; write the indicators asked for in the Indicators column of step 2.1.</source>
        <translation>Les demandes adressées à {name} ne citent aucun indicateur de ce profil ; inscrivez les indicateurs demandés dans la colonne Indicateurs de l&apos;étape 2.1.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="169"/>
        <source>The workbook could not be written to {path} ({why}). Choose another folder.</source>
        <translation>Le classeur n&apos;a pas pu être écrit dans {path} ({why}). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="182"/>
        <source>Mark the requests to {name} as sent</source>
        <translation>Marquer les demandes adressées à {name} comme envoyées</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="190"/>
        <source>The workbook was written to {path}, but its requests could not be marked as sent ({why}). When you send it, write the date in the Sent column of step 2.1.</source>
        <translation>Le classeur a été écrit dans {path}, mais ses demandes n&apos;ont pas pu être marquées comme envoyées ({why}). Quand vous l&apos;enverrez, inscrivez la date dans la colonne Envoyée de l&apos;étape 2.1.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="118"/>
        <source>Nothing was imported. Put the original text back, or ask for a new workbook.</source>
        <translation>Rien n&apos;a été importé. Rétablissez le texte d&apos;origine, ou demandez un nouveau classeur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="114"/>
        <source>{name} was changed outside its yellow input cells: {what}.</source>
        <translation>{name} a été modifié en dehors de ses cellules de saisie jaunes : {what}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="86"/>
        <source>{name} has a sheet named _mpdesk but is not an mpdesk data-request workbook; ask for a new workbook.</source>
        <translation>{name} contient une feuille nommée _mpdesk mais n&apos;est pas un classeur de demande de données mpdesk ; demandez un nouveau classeur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="67"/>
        <source>{name} is the data-request workbook of another profile ({other}), not of {this}. Import it into that profile.</source>
        <translation>{name} est le classeur de demande de données d&apos;un autre profil ({other}), et non de {this}. Importez-le dans ce profil-là.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="73"/>
        <source>Data request to {institution}</source>
        <translation>Demande de données à {institution}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="100"/>
        <source>the sheet &apos;{sheet}&apos; is missing or was renamed</source>
        <translation>la feuille « {sheet} » manque ou a été renommée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="117"/>
        <source>{n} more cells were changed too.</source>
        <translation>{n} autres cellules ont aussi été modifiées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="146"/>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: &apos;{text}&apos; is not a number, so it was not imported</source>
        <translation>feuille « {sheet} », cellule {cell} : « {text} » n&apos;est pas un nombre, elle n&apos;a donc pas été importée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="106"/>
        <source>in sheet &apos;{sheet}&apos;, cell {cell} now reads &apos;{now}&apos; instead of &apos;{was}&apos;</source>
        <translation>dans la feuille « {sheet} », la cellule {cell} contient désormais « {now} » au lieu de « {was} »</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="132"/>
        <source>in sheet &apos;{sheet}&apos;, cell {cell} outside the table holds &apos;{now}&apos;</source>
        <translation>dans la feuille « {sheet} », la cellule {cell}, hors du tableau, contient « {now} »</translation>
    </message>
    <message>
        <source>Source given: {text}</source>
        <translation type="vanished">Source indiquée : {text}</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="88"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="141"/>
        <source>Open file {name}</source>
        <translation>Ouvrir le fichier {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="150"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="152"/>
        <source>Open the workbook</source>
        <translation>Ouvrir le classeur</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="153"/>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="195"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="197"/>
        <source>Written to {folder}: {files}.</source>
        <translation>Écrit dans {folder} : {files}.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../mpdesk/services/sample.py" line="176"/>
        <source>The sample text quotes {spec}, but kenya_values.csv has no such figure.</source>
        <translation>Le texte d&apos;exemple cite {spec}, mais kenya_values.csv ne contient pas cette donnée.</translation>
    </message>
    <message>
        <source>Training sample built from {datasets}</source>
        <translation type="vanished">Exemple de formation construit à partir de {datasets}</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="116"/>
        <source>Edition and scope</source>
        <translation>Édition et portée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="117"/>
        <source>Which edition this is, the years it covers, and how wide the profile will be.</source>
        <translation>De quelle édition il s&apos;agit, les années qu&apos;elle couvre et l&apos;étendue du profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="121"/>
        <source>Edition year</source>
        <translation>Année de l&apos;édition</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="122"/>
        <source>&amp;Edition year:</source>
        <translation>Année de l&apos;&amp;édition :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="123"/>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="123"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="129"/>
        <source>&amp;Reference period:</source>
        <translation>&amp;Période de référence :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="139"/>
        <source>Basic profile — the core statistical modules</source>
        <translation>Profil de base — les modules statistiques essentiels</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="140"/>
        <source>Extended profile — adds social development, health, environment and capacity building</source>
        <translation>Profil étendu — ajoute le développement social, la santé, l&apos;environnement et le renforcement des capacités</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="146"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="167"/>
        <source>The first year ({start}) is after the last year ({end}): change one of them to go on.</source>
        <translation>La première année ({start}) est postérieure à la dernière ({end}) : modifiez l&apos;une des deux pour continuer.</translation>
    </message>
    <message>
        <source>Basic profile</source>
        <translation type="vanished">Profil de base</translation>
    </message>
    <message>
        <source>The core statistical modules.</source>
        <translation type="vanished">Les modules statistiques essentiels.</translation>
    </message>
    <message>
        <source>Extended profile</source>
        <translation type="vanished">Profil étendu</translation>
    </message>
    <message>
        <source>Adds social development, health, environment and capacity building.</source>
        <translation type="vanished">Ajoute le développement social, la santé, l’environnement et le renforcement des capacités.</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <location filename="../../mpdesk/services/series.py" line="316"/>
        <source>The series uses {main} because the team chose it.</source>
        <translation>La série utilise {main}, car l&apos;équipe l&apos;a choisie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="317"/>
        <source>The series uses {main} because {other} gives no figure in the reference period.</source>
        <translation>La série utilise {main}, car {other} ne donne aucune donnée pour la période de référence.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="318"/>
        <source>The series uses {main} because it gives both the total and the split by sex (its total adds up to its women and men).</source>
        <translation>La série utilise {main}, car cette source donne à la fois le total et la ventilation par sexe (son total est la somme de ses femmes et de ses hommes).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="320"/>
        <source>The series uses {main} because the catalogue lists it before {other} for this indicator.</source>
        <translation>La série utilise {main}, car le catalogue cite cette source avant {other} pour cet indicateur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="322"/>
        <source>The series uses {main} because it gives more years of the reference period than {other}.</source>
        <translation>La série utilise {main}, car cette source donne plus d&apos;années de la période de référence que {other}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="324"/>
        <source>The series uses {main} because it was imported first and {other} ranks the same.</source>
        <translation>La série utilise {main}, car cette source a été importée en premier et {other} se classe au même rang.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="326"/>
        <source>{other} is an older release of the series&apos; dataset: within the years the newer release gives, its figures are kept as history only.</source>
        <translation>{other} est une édition plus ancienne du jeu de données de la série : dans les années que donne l&apos;édition plus récente, ses données ne sont gardées que comme historique.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="328"/>
        <source>The series uses the figures the team typed: an imported figure never replaces them, and {other}&apos;s are stored beside them.</source>
        <translation>La série utilise les données saisies par l&apos;équipe : une donnée importée ne les remplace jamais, et celles de {other} sont gardées à côté.</translation>
    </message>
</context>
<context>
    <name>SkippedTable</name>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="83"/>
        <source>What is not imported, and why</source>
        <translation>Ce qui n&apos;est pas importé, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="83"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../../mpdesk/services/snapshots.py" line="40"/>
        <source>Give the snapshot a name, such as &apos;Draft for TWG review 1&apos;.</source>
        <translation>Donnez un nom à l&apos;instantané, par exemple « Projet pour la relecture du GTT 1 ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/snapshots.py" line="42"/>
        <source>Take snapshot {name}</source>
        <translation>Prendre l&apos;instantané {name}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="231"/>
        <source>{dataset} (extracted {moment})</source>
        <translation>{dataset} (extrait le {moment})</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="51"/>
        <source>Status of this step</source>
        <translation>Statut de cette étape</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="64"/>
        <source>This step already holds work (ticks, fields or register entries).</source>
        <translation>Cette étape contient déjà du travail (cases cochées, champs ou entrées de registre).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="41"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="41"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="42"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="36"/>
        <source>Stage {stage} · {title}</source>
        <translation>Phase {stage} · {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="54"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="61"/>
        <source>What this step produces</source>
        <translation>Ce que produit cette étape</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="62"/>
        <source>Saved when you leave a field.</source>
        <translation>Enregistré lorsque vous quittez un champ.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="64"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="67"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="35"/>
        <source>Everyone who produces, holds or uses migration data or policy. Double-click a cell to edit it; each change is saved at once.</source>
        <translation>Toutes les personnes qui produisent, détiennent ou utilisent des données ou des politiques migratoires. Double-cliquez sur une cellule pour la modifier ; chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="37"/>
        <source>Technical Working Group and stakeholders</source>
        <translation>Groupe de travail technique (GTT) et parties prenantes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="37"/>
        <source>Stakeholder register</source>
        <translation>Registre des parties prenantes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="38"/>
        <source>Add a stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="42"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="43"/>
        <source>Activities with an owner and dates. Rows past their end date and not done are highlighted.</source>
        <translation>Les activités, avec un responsable et des dates. Les lignes dont la date de fin est dépassée et qui ne sont pas terminées sont mises en évidence.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="44"/>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="48"/>
        <source>Update calendar</source>
        <translation>Calendrier de mise à jour</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="49"/>
        <source>When each part of the profile is to be updated, and by whom.</source>
        <translation>Quand chaque partie du profil doit être mise à jour, et par qui.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="49"/>
        <source>Add an update</source>
        <translation>Ajouter une mise à jour</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="53"/>
        <source>Data gaps</source>
        <translation>Lacunes de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="54"/>
        <source>What is missing, for which module, and what will be done about it. The gaps feed report section D.4.</source>
        <translation>Ce qui manque, pour quel module, et ce qui sera fait pour y remédier. Les lacunes alimentent la section D.4 du rapport.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="55"/>
        <source>Add a gap</source>
        <translation>Ajouter une lacune</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="59"/>
        <source>Data source inventory</source>
        <translation>Inventaire des sources de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="60"/>
        <source>Every source of migration data found: its availability, periodicity, quality and access.</source>
        <translation>Chaque source de données migratoires identifiée : sa disponibilité, sa périodicité, sa qualité et son accès.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="61"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="73"/>
        <source>Data-request log</source>
        <translation>Journal des demandes de données</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="74"/>
        <source>Formal requests sent to institutions. Requests past their due date with no reply are highlighted.</source>
        <translation>Les demandes officielles adressées aux institutions. Les demandes dont l&apos;échéance est dépassée sans réponse sont mises en évidence.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="75"/>
        <source>Add a request</source>
        <translation>Ajouter une demande</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="79"/>
        <source>Review comments</source>
        <translation>Commentaires de relecture</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="80"/>
        <source>The comments matrix: who said what on which section, and how it was answered.</source>
        <translation>La matrice des commentaires : qui a dit quoi sur quelle section, et la réponse apportée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="81"/>
        <source>Add a comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="82"/>
        <source>Show unresolved only</source>
        <translation>Afficher uniquement les commentaires non résolus</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="88"/>
        <source>Recommendations and action plan</source>
        <translation>Recommandations et plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="89"/>
        <source>Each recommendation of Part D with the action, who owns it and by when.</source>
        <translation>Chaque recommandation de la partie D avec l&apos;action, son responsable et son échéance.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="90"/>
        <source>Add a recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="vanished">Ajouter un membre</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="109"/>
        <source>Basic profile</source>
        <translation>Profil de base</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="109"/>
        <source>Extended profile</source>
        <translation>Profil étendu</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="38"/>
        <source>&apos;{status}&apos; is not a step status.</source>
        <translation>« {status} » n&apos;est pas un statut d&apos;étape.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="39"/>
        <source>Mark step {step}</source>
        <translation>Marquer l&apos;étape {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="45"/>
        <source>Edit notes of {step}</source>
        <translation>Modifier les notes de {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="53"/>
        <source>Step {step} has no checklist item &apos;{item}&apos;.</source>
        <translation>L&apos;étape {step} ne comporte pas d&apos;élément de liste de contrôle « {item} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="54"/>
        <source>Tick checklist of {step}</source>
        <translation>Cocher la liste de contrôle de {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="71"/>
        <source>Step {step} has no field &apos;{field}&apos;.</source>
        <translation>L&apos;étape {step} ne comporte pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="72"/>
        <source>Edit {step}</source>
        <translation>Modifier {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="24"/>
        <source>There is no step {key} in the guidance.</source>
        <translation>Il n&apos;existe pas d&apos;étape {key} dans les orientations.</translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="53"/>
        <source>The key &apos;{key}&apos; must start with a letter and use only lower-case letters, digits and underscores.</source>
        <translation>La clé « {key} » doit commencer par une lettre et ne contenir que des lettres minuscules, des chiffres et des traits de soulignement.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="56"/>
        <source>An indicator with the key &apos;{key}&apos; already exists.</source>
        <translation>Un indicateur ayant la clé « {key} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="58"/>
        <location filename="../../mpdesk/services/tailoring.py" line="83"/>
        <source>There is no report section &apos;{key}&apos;.</source>
        <translation>Il n&apos;existe pas de section du rapport « {key} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="60"/>
        <source>&apos;{unit}&apos; is not a unit mpdesk knows.</source>
        <translation>« {unit} » n&apos;est pas une unité connue de mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="69"/>
        <source>Add indicator {name}</source>
        <translation>Ajouter l&apos;indicateur {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="78"/>
        <source>The section key &apos;{key}&apos; must start with a letter and use only letters, digits, underscores and single dots (for example A.2_local).</source>
        <translation>La clé de section « {key} » doit commencer par une lettre et ne contenir que des lettres, des chiffres, des traits de soulignement et des points isolés (par exemple A.2_local).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="81"/>
        <source>A section with the key &apos;{key}&apos; already exists.</source>
        <translation>Une section ayant la clé « {key} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="68"/>
        <source>The formula uses unknown indicators: {keys}.</source>
        <translation>La formule utilise des indicateurs inconnus : {keys}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="85"/>
        <source>Add section {title}</source>
        <translation>Ajouter la section {title}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="89"/>
        <source>Type a number, or delete the cell to clear it.</source>
        <translation>Saisissez un nombre, ou supprimez le contenu de la cellule pour la vider.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="145"/>
        <source>The value is not a number.</source>
        <translation>La valeur n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="44"/>
        <source>&apos;{text}&apos; is not a number (the decimal mark is &apos;{mark}&apos;).</source>
        <translation>« {text} » n&apos;est pas un nombre (le séparateur décimal est « {mark} »).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="52"/>
        <source>&apos;{text}&apos; could be {small} or {large}: type {small} or {large} to say which.</source>
        <translation>« {text} » peut se lire {small} ou {large} : saisissez {small} ou {large} pour préciser.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="133"/>
        <source>&apos;{text}&apos; is neither yes nor no: choose Yes or No.</source>
        <translation>« {text} » n&apos;est ni oui ni non : choisissez Oui ou Non.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="142"/>
        <source>{name} is computed from other figures and cannot be typed in.</source>
        <translation>{name} est calculé à partir d&apos;autres données et ne peut pas être saisi.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="147"/>
        <source>{name} is a count and cannot be negative.</source>
        <translation>{name} est un effectif et ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="149"/>
        <source>{name} is a percentage of a whole and must be between 0 and 100.</source>
        <translation>{name} est un pourcentage d&apos;un total et doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="152"/>
        <source>{name} is per 1,000 people and must be between -1,000 and 1,000.</source>
        <translation>{name} est exprimé pour 1 000 personnes et doit être compris entre -1 000 et 1 000.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="155"/>
        <source>{name} is yes or no: type 1 for yes or 0 for no.</source>
        <translation>{name} se répond par oui ou non : saisissez 1 pour oui ou 0 pour non.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="157"/>
        <source>{name} is a year, such as 2015.</source>
        <translation>{name} est une année, par exemple 2015.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="183"/>
        <source>{year} is not a plausible year; use a year between 1800 and 2100.</source>
        <translation>{year} n&apos;est pas une année plausible ; utilisez une année comprise entre 1800 et 2100.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation type="vanished">« {text} » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../mpdesk/services/series.py" line="282"/>
        <source>Choose the source of a series</source>
        <translation>Choisir la source d&apos;une série</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="291"/>
        <source>Use this figure for this cell only</source>
        <translation>Retenir cette donnée pour cette cellule seulement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="294"/>
        <location filename="../../mpdesk/services/values.py" line="148"/>
        <source>That figure no longer exists.</source>
        <translation>Cette donnée n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="58"/>
        <source>Sex must be female, male or empty for both sexes.</source>
        <translation>Le sexe doit être female (femmes), male (hommes) ou vide pour les deux sexes.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="117"/>
        <source>Set {name} {year}</source>
        <translation>Saisir {name} {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="124"/>
        <source>Edit source and note</source>
        <translation>Modifier la source et la note</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="145"/>
        <source>Choose preferred source</source>
        <translation>Choisir la source retenue</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="51"/>
        <source>{year}: {why}</source>
        <translation>{year} : {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="71"/>
        <source>Edit values</source>
        <translation>Modifier les valeurs</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="127"/>
        <source>Type a value in the cell before adding its source or note.</source>
        <translation>Saisissez une valeur dans la cellule avant d&apos;ajouter sa source ou sa note.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="56"/>
        <source>&apos;{key}&apos; is not an indicator of this profile.</source>
        <translation>« {key} » n&apos;est pas un indicateur de ce profil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="92"/>
        <source>{source} (typed)</source>
        <translation>{source} (saisie)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="71"/>
        <source>Prepare your country&apos;s Migration Profile step by step, following the IOM guidance: plan the exercise, collect and check the data, draft each module, and export the report. Everything stays in one file on this computer.</source>
        <translation>Préparez le profil migratoire de votre pays étape par étape, en suivant les orientations de l&apos;OIM : planifiez l&apos;exercice, collectez et vérifiez les données, rédigez chaque module et exportez le rapport. Tout reste dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="75"/>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="75"/>
        <source>Start a new Migration Profile</source>
        <translation>Commencer un nouveau profil migratoire</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="76"/>
        <source>Open a profile…</source>
        <translation>Ouvrir un profil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="76"/>
        <source>Open a profile file (.mpdesk)</source>
        <translation>Ouvrir un fichier de profil (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="77"/>
        <source>Open the sample profile</source>
        <translation>Ouvrir le profil d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="78"/>
        <source>A complete training profile (Kenya 2020) to explore freely</source>
        <translation>Un profil de formation complet (Kenya 2020) à explorer librement</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="101"/>
        <location filename="../../mpdesk/ui/welcome.py" line="105"/>
        <source>Recent profiles</source>
        <translation>Profils récents</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="117"/>
        <source>Profiles you open will be listed here.</source>
        <translation>Les profils que vous ouvrez seront listés ici.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="120"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="122"/>
        <source>Open the selected recent profile</source>
        <translation>Ouvrir le profil récent sélectionné</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="124"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="125"/>
        <source>Remove the selected profile from the recent list</source>
        <translation>Retirer le profil sélectionné de la liste des profils récents</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="150"/>
        <source>{country}, {year} edition — {folder}</source>
        <translation>{country}, édition {year} — {folder}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="162"/>
        <source>File not found — it may have been moved or deleted</source>
        <translation>Fichier introuvable — il a peut-être été déplacé ou supprimé</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="213"/>
        <source>The edit could not be saved because the disk is full. Free some space and try again; everything saved before is intact.</source>
        <translation>La modification n&apos;a pas pu être enregistrée car le disque est plein. Libérez de l&apos;espace et réessayez ; tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="216"/>
        <source>The edit could not be saved because the file or its folder has become read-only. Everything saved before is intact.</source>
        <translation>La modification n&apos;a pas pu être enregistrée car le fichier ou son dossier est passé en lecture seule. Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="219"/>
        <source>This entry already exists, so the edit was not saved.</source>
        <translation>Cette entrée existe déjà ; la modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="220"/>
        <source>The edit could not be saved ({why}). Everything saved before is intact.</source>
        <translation>La modification n&apos;a pas pu être enregistrée ({why}). Tout ce qui a été enregistré auparavant est intact.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="88"/>
        <source>{name} holds no profile yet.</source>
        <translation>{name} ne contient encore aucun profil.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="192"/>
        <source>The file {path} does not exist. Check the name and the folder, then try again.</source>
        <translation>Le fichier {path} n&apos;existe pas. Vérifiez le nom et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="195"/>
        <source>mpdesk cannot open {path}: it is locked by another program or you do not have permission to read it. Close it (for example in Excel) and try again.</source>
        <translation>mpdesk ne peut pas ouvrir {path} : il est verrouillé par un autre programme ou vous n&apos;avez pas l&apos;autorisation de le lire. Fermez-le (par exemple dans Excel) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="109"/>
        <source>{name} is not a text file that mpdesk can read. Save it as CSV (UTF-8) and try again.</source>
        <translation>{name} n&apos;est pas un fichier texte que mpdesk peut lire. Enregistrez-le au format CSV (UTF-8) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="199"/>
        <source>{path} is a folder, not a file. Choose a data file inside it.</source>
        <translation>{path} est un dossier, et non un fichier. Choisissez un fichier de données à l&apos;intérieur.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="201"/>
        <source>mpdesk cannot read {path} ({reason}). Copy the file to your computer and try again.</source>
        <translation>mpdesk ne peut pas lire {path} ({reason}). Copiez le fichier sur votre ordinateur et réessayez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="208"/>
        <location filename="../../mpdesk/imports/detect.py" line="63"/>
        <source>{name} is damaged or is not really an Excel workbook. Download it again, or open it in Excel and save it as .xlsx.</source>
        <translation>{name} est endommagé ou n&apos;est pas réellement un classeur Excel. Téléchargez-le à nouveau, ou ouvrez-le dans Excel et enregistrez-le au format .xlsx.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="38"/>
        <source>&apos;{code}&apos; is not a known country code. Use the three-letter ISO code of the profile&apos;s country, for example KEN for Kenya.</source>
        <translation>« {code} » n&apos;est pas un code de pays connu. Utilisez le code ISO à trois lettres du pays du profil, par exemple KEN pour le Kenya.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="312"/>
        <source>{path} is not an ordinary file (it is a pipe, a device or a socket), so mpdesk cannot import it. Save the data as a file and choose that file.</source>
        <translation>{path} n’est pas un fichier ordinaire (c’est un tube, un périphérique ou un socket) : mpdesk ne peut pas l’importer. Enregistrez les données dans un fichier et choisissez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="327"/>
        <source>{name} is empty (0 bytes). Download or copy the file again.</source>
        <translation>{name} est vide (0 octet). Téléchargez ou copiez le fichier à nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/detect.py" line="32"/>
        <source>mpdesk does not recognise this file. It reads UN DESA International Migrant Stock workbooks, World Bank WDI downloads (CSV or Excel), UNHCR Refugee Data Finder exports, KNOMAD matrices and tidy CSV files.</source>
        <translation>mpdesk ne reconnaît pas ce fichier. Il lit les classeurs International Migrant Stock du DAES de l&apos;ONU, les téléchargements WDI de la Banque mondiale (CSV ou Excel), les exportations du Refugee Data Finder du HCR, les matrices KNOMAD et les fichiers CSV structurés.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="122"/>
        <source>{name} is not a KNOMAD remittance or migration workbook: its top-left cell does not describe a bilateral matrix or remittance inflows.</source>
        <translation>{name} n&apos;est pas un classeur KNOMAD sur les envois de fonds ou les migrations : sa cellule en haut à gauche ne décrit ni une matrice bilatérale ni des entrées d&apos;envois de fonds.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="136"/>
        <source>{country} was not found in this KNOMAD workbook, or has no figures in it.</source>
        <translation>{country} ne figure pas dans ce classeur KNOMAD, ou n&apos;y a aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="145"/>
        <source>{name}: the title in cell A1 does not say which year the matrix is for, so its figures cannot be dated.</source>
        <translation>{name} : le titre de la cellule A1 n&apos;indique pas l&apos;année de la matrice, ses données ne peuvent donc pas être datées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="238"/>
        <source>{country} shows 0 for {years} in this file; KNOMAD uses 0 where no data was reported, so these years were left out.</source>
        <translation>{country} affiche 0 pour {years} dans ce fichier ; KNOMAD utilise 0 lorsqu&apos;aucune donnée n&apos;a été communiquée, ces années ont donc été écartées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="150"/>
        <source>{name} has no header row that mpdesk can find.</source>
        <translation>{name} n&apos;a aucune ligne d&apos;en-tête que mpdesk puisse trouver.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="158"/>
        <source>Spreadsheet {name}</source>
        <translation>Tableur {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="176"/>
        <source>{name} has no column &apos;{column}&apos; any more; choose the columns again.</source>
        <translation>{name} n&apos;a plus de colonne « {column} » ; choisissez à nouveau les colonnes.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="198"/>
        <source>&apos;{text}&apos; is not a year</source>
        <translation>« {text} » n&apos;est pas une année</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="204"/>
        <source>&apos;{text}&apos; is not a sex (female, male or total)</source>
        <translation>« {text} » n&apos;est pas un sexe (female, male ou total)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="218"/>
        <source>&apos;{text}&apos; is not a country mpdesk knows</source>
        <translation>« {text} » n&apos;est pas un pays connu de mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="201"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="169"/>
        <source>row {n}: {why}</source>
        <translation>ligne {n} : {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="186"/>
        <source>{name} has {n} row(s) mpdesk cannot read. Fix them and import the file again. {details}</source>
        <translation>{name} comporte {n} ligne(s) que mpdesk ne peut pas lire. Corrigez-les et importez à nouveau le fichier. {details}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="492"/>
        <source>Row {line}: the column source_file is empty, but the row&apos;s other provenance columns are filled: name the file the figure was read from.</source>
        <translation>Ligne {line} : la colonne source_file est vide, alors que les autres colonnes de provenance de la ligne sont remplies : indiquez le fichier dont le chiffre a été lu.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="512"/>
        <source>Row {line}: the column indicator is empty.</source>
        <translation>Ligne {line} : la colonne indicator est vide.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="134"/>
        <source>Tidy CSV file {name}</source>
        <translation>Fichier CSV structuré {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="123"/>
        <source>{name} is not an mpdesk tidy CSV file: its first row must be exactly &apos;{columns}&apos;.</source>
        <translation>{name} n&apos;est pas un fichier CSV structuré mpdesk : sa première ligne doit être exactement « {columns} ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="189"/>
        <source>({more} more rows have problems.)</source>
        <translation>({more} autres lignes présentent des problèmes.)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="469"/>
        <source>Row {line}: the unit &apos;{unit}&apos; cannot be converted to {wanted}, the unit of {key}.</source>
        <translation>Ligne {line} : l&apos;unité « {unit} » ne peut pas être convertie en {wanted}, l&apos;unité de {key}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="486"/>
        <source>Row {line}: &apos;{text}&apos; in column source_sha256 is not a sha256 (64 hexadecimal digits).</source>
        <translation>Ligne {line} : « {text} » dans la colonne source_sha256 n&apos;est pas un sha256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="489"/>
        <source>Row {line}: &apos;{text}&apos; in column source_place is neither a cell (&apos;Table 1!F40&apos;) nor a line (&apos;csv:241|column&apos;).</source>
        <translation>Ligne {line} : « {text} » dans la colonne source_place n&apos;est ni une cellule (« Table 1!F40 ») ni une ligne (« csv:241|colonne »).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="504"/>
        <source>Row {line}: &apos;{text}&apos; is not a number in column value.</source>
        <translation>Ligne {line} : « {text} » n&apos;est pas un nombre dans la colonne value.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="519"/>
        <source>Row {line}: &apos;{text}&apos; is not a year between 1800 and 2100 in column year.</source>
        <translation>Ligne {line} : « {text} » n&apos;est pas une année comprise entre 1800 et 2100 dans la colonne year.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="527"/>
        <source>Row {line}: &apos;{text}&apos; in column sex must be female, male or empty.</source>
        <translation>Ligne {line} : « {text} » dans la colonne sex doit être female, male ou vide.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="536"/>
        <source>Row {line}: &apos;{text}&apos; in column partner is not a three-letter ISO country code.</source>
        <translation>Ligne {line} : « {text} » dans la colonne partner n&apos;est pas un code de pays ISO à trois lettres.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="137"/>
        <source>{name}: &apos;{key}&apos; is not an indicator of the catalogue; its {n} row(s) (lines {lines}) were not imported.</source>
        <translation>{name} : « {key} » n&apos;est pas un indicateur du catalogue ; ses {n} ligne(s) (lignes {lines}) n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="143"/>
        <source>{name}: {key} is computed by mpdesk from other figures; its {n} row(s) (lines {lines}) were left out and are computed again.</source>
        <translation>{name} : {key} est calculé par mpdesk à partir d&apos;autres données ; ses {n} ligne(s) (lignes {lines}) ont été écartées et sont recalculées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="414"/>
        <source>Row {line}: the country is {code}, but this profile is for {profile}.</source>
        <translation>Ligne {line} : le pays est {code}, mais ce profil porte sur {profile}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="254"/>
        <source>Row {line}: it has {n} columns instead of {expected}.</source>
        <translation>Ligne {line} : elle comporte {n} colonnes au lieu de {expected}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="296"/>
        <source>Rows {first} and {line} give the same figure twice ({indicator} {year}); keep one of them.</source>
        <translation>Les lignes {first} et {line} donnent deux fois la même donnée ({indicator} {year}) ; gardez-en une seule.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="288"/>
        <source>Row {line}: {why}</source>
        <translation>Ligne {line} : {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="94"/>
        <source>{name} is not a UN DESA International Migrant Stock workbook: the sheet &apos;Table 1&apos; with the migrant stock title was not found.</source>
        <translation>{name} n&apos;est pas un classeur International Migrant Stock du DAES de l&apos;ONU : la feuille « Table 1 » portant le titre sur le stock de migrants est introuvable.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="87"/>
        <source>{country} (M49 code {m49}) is not in this UN DESA workbook, or has no figures in it.</source>
        <translation>{country} (code M49 {m49}) ne figure pas dans ce classeur du DAES de l&apos;ONU, ou n&apos;y a aucune donnée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="124"/>
        <source>{sheet} has no row of years; it was skipped.</source>
        <translation>{sheet} ne comporte aucune ligne d&apos;années ; cette feuille a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="219"/>
        <source>{name}, sheet &apos;{sheet}&apos;, cell {cell}: &apos;{text}&apos; is not a number; this figure was not stored.</source>
        <translation>{name}, feuille « {sheet} », cellule {cell} : « {text} » n&apos;est pas un nombre ; cette donnée n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="81"/>
        <source>This workbook has no {sheet}; its figures were not imported.</source>
        <translation>Ce classeur ne comporte pas de {sheet} ; ses données n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="304"/>
        <source>UNHCR counts no returned IDPs of concern to it in {country} for {years}: a 0 there means UNHCR does not report IDP returns for the country, not that there are none; take IDP returns from IDMC or national sources.</source>
        <translation>Le HCR ne compte aucun déplacé interne rapatrié relevant de sa compétence pour {country} en {years} : un 0 à cet endroit signifie que le HCR ne publie pas de retours de déplacés internes pour ce pays, non qu’il n’y en a aucun ; prenez les retours de déplacés internes auprès de l’IDMC ou de sources nationales.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="308"/>
        <source>UNHCR counts no IDPs of concern to it in {country} for {years}: a 0 there means UNHCR does not report IDPs for the country, not that there are none; take IDPs from IDMC or national sources.</source>
        <translation>Le HCR ne compte aucun déplacé interne relevant de sa compétence pour {country} en {years} : un 0 à cet endroit signifie que le HCR ne publie pas de chiffres de déplacés internes pour ce pays, non qu’il n’y en a aucun ; prenez les déplacés internes auprès de l’IDMC ou de sources nationales.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="122"/>
        <source>{name} is not a UNHCR Refugee Data Finder export: no header row with &apos;Year&apos; and the ISO codes of origin and asylum was found.</source>
        <translation>{name} n&apos;est pas une exportation du Refugee Data Finder du HCR : aucune ligne d&apos;en-tête avec « Year » et les codes ISO d&apos;origine et d&apos;asile n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="128"/>
        <source>{name} has none of the UNHCR figures mpdesk reads (refugees, asylum-seekers, IDPs, stateless persons, returns, resettlement, naturalisations).</source>
        <translation>{name} ne contient aucune des données du HCR que lit mpdesk (réfugiés, demandeurs d&apos;asile, personnes déplacées internes, apatrides, retours, réinstallation, naturalisations).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="142"/>
        <source>{country} does not appear in this UNHCR file.</source>
        <translation>{country} ne figure pas dans ce fichier du HCR.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="201"/>
        <source>{name} lists the same year, origin and asylum country twice for {country} (lines {lines}). mpdesk does not add such rows together: download the export again, or delete the repeated rows, and import it again.</source>
        <translation>{name} donne deux fois la même année, la même origine et le même pays d&apos;asile pour {country} (lignes {lines}). mpdesk n&apos;additionne pas de telles lignes : téléchargez à nouveau l&apos;exportation, ou supprimez les lignes répétées, puis importez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="296"/>
        <source>{n} people in &apos;{indicator}&apos; have an unknown or stateless origin or destination; they are counted in the totals only.</source>
        <translation>{n} personnes dans « {indicator} » ont une origine ou une destination inconnue ou apatride ; elles ne sont comptées que dans les totaux.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="327"/>
        <source>{name}, line {line}, column &apos;{column}&apos;: &apos;{text}&apos; is not a number; this figure was not stored.</source>
        <translation>{name}, ligne {line}, colonne « {column} » : « {text} » n&apos;est pas un nombre ; cette donnée n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="199"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="285"/>
        <source>{name}: the {year} total of &apos;{indicator}&apos; was not stored, because a row it adds up is damaged (see above).</source>
        <translation>{name} : le total {year} de « {indicator} » n&apos;a pas été enregistré, car une ligne qu&apos;il additionne est endommagée (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="124"/>
        <source>{name} is the World Bank&apos;s country list that comes with the data, not the data itself. Import the file from the same download whose name starts with &apos;API_&apos;.</source>
        <translation>{name} est la liste des pays de la Banque mondiale fournie avec les données, et non les données elles-mêmes. Importez le fichier du même téléchargement dont le nom commence par « API_ ».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="99"/>
        <source>{name} is not a World Bank WDI download: the header row with &apos;Country Code&apos; was not found in the first {n} rows.</source>
        <translation>{name} n&apos;est pas un téléchargement WDI de la Banque mondiale : la ligne d&apos;en-tête avec « Country Code » est introuvable dans les {n} premières lignes.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="115"/>
        <source>{country} is not in this World Bank file.</source>
        <translation>{country} ne figure pas dans ce fichier de la Banque mondiale.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="259"/>
        <source>mpdesk does not know the World Bank indicator &apos;{code}&apos; ({name}). It reads these indicators: {known}.</source>
        <translation>mpdesk ne connaît pas l&apos;indicateur de la Banque mondiale « {code} » ({name}). Il lit les indicateurs suivants : {known}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="185"/>
        <source>{name} is damaged or is not really an Excel .xls workbook. Download it again, or open it in Excel and save it as .xlsx.</source>
        <translation>{name} est endommagé ou n&apos;est pas réellement un classeur Excel .xls. Téléchargez-le à nouveau, ou ouvrez-le dans Excel et enregistrez-le au format .xlsx.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="269"/>
        <source>{name}, line {line}, column {column}: &apos;{text}&apos; is not a number; this figure was not stored.</source>
        <translation>{name}, ligne {line}, colonne {column} : « {text} » n&apos;est pas un nombre ; cette donnée n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/written_numbers.py" line="65"/>
        <source>Column {column}: no figure shows which mark is the decimal one, so &apos;{cell}&apos; (row {row}) was read as {reading}, with &apos;{mark}&apos; as the decimal mark. If &apos;{other}&apos; is the decimal mark in this file, write one figure with it (1415{other}0 for 1415) and import it again.</source>
        <translation>Colonne {column} : aucune donnée n&apos;indique quel signe sépare les décimales ; « {cell} » (ligne {row}) a donc été lu comme {reading}, avec « {mark} » comme séparateur décimal. Si le séparateur décimal de ce fichier est « {other} », écrivez une donnée avec ce signe (1415{other}0 pour 1415) et importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/written_numbers.py" line="125"/>
        <source>Column {column} writes numbers two ways: &apos;{a}&apos; (row {row_a}) has a decimal point and &apos;{b}&apos; (row {row_b}) a decimal comma. Write them all one way in the file and import it again.</source>
        <translation>La colonne {column} écrit les nombres de deux façons : « {a} » (ligne {row_a}) a un point décimal et « {b} » (ligne {row_b}) une virgule décimale. Écrivez-les tous de la même façon dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="vanished">estimation</translation>
    </message>
    <message>
        <source>estimate; GDP from IMF World Economic Outlook</source>
        <translation type="vanished">estimation ; PIB selon les Perspectives de l&apos;économie mondiale du FMI</translation>
    </message>
    <message>
        <source>Model estimate</source>
        <translation type="vanished">Estimation modélisée</translation>
    </message>
    <message>
        <source>Mid-{year} stocks: the matrix titled {title} is based on UN DESA&apos;s estimates for mid-{year}</source>
        <translation type="vanished">Stocks au milieu de {year} : la matrice intitulée {title} repose sur les estimations du DAES de l&apos;ONU pour le milieu de {year}</translation>
    </message>
    <message>
        <source>Mid-year estimate; includes asylum seekers</source>
        <translation type="vanished">Estimation au milieu de l&apos;année ; comprend les demandeurs d&apos;asile</translation>
    </message>
    <message>
        <source>Basis: {basis} (UN DESA type of data &apos;{code}&apos;)</source>
        <translation type="vanished">Base : {basis} (type de données du DAES de l&apos;ONU « {code} »)</translation>
    </message>
    <message>
        <source>UN WPP {revision} projection</source>
        <translation type="vanished">Projection {revision} des WPP de l&apos;ONU</translation>
    </message>
    <message>
        <source>{name} has none of the UNHCR figures mpdesk reads (refugees, asylum-seekers, IDPs, stateless persons, returns, naturalisations).</source>
        <translation type="vanished">{name} ne contient aucune des données du HCR que lit mpdesk (réfugiés, demandeurs d&apos;asile, personnes déplacées internes, apatrides, retours, naturalisations).</translation>
    </message>
</context>
</TS>
