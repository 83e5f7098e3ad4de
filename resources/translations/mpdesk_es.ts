<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddChartDialog</name>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="95"/>
        <source>Add chart</source>
        <translation>Añadir gráfico</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="100"/>
        <source>Line over years</source>
        <translation>Línea a lo largo de los años</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="100"/>
        <source>Bars over years</source>
        <translation>Barras a lo largo de los años</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="101"/>
        <source>Stacked bars over years</source>
        <translation>Barras apiladas a lo largo de los años</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="102"/>
        <source>Top partner countries</source>
        <translation>Principales países socios</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="103"/>
        <source>Age pyramid (male left, female right)</source>
        <translation>Pirámide de población (hombres a la izquierda, mujeres a la derecha)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="104"/>
        <source>Donut (shares of a whole)</source>
        <translation>Anillo (partes de un total)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="110"/>
        <source>Nothing (totals)</source>
        <translation>Ninguna (totales)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="110"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="111"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="111"/>
        <source>Partner country</source>
        <translation>País socio</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="112"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="116"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="117"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="118"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="119"/>
        <source>Split by</source>
        <translation>Desagregar por</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="149"/>
        <source>Tick at least one indicator to chart.</source>
        <translation>Marque al menos un indicador para el gráfico.</translation>
    </message>
</context>
<context>
    <name>AddRowDialog</name>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="229"/>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="241"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="242"/>
        <source>Break down by</source>
        <translation>Desagregar por</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="243"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="258"/>
        <source>No indicator of this section can be broken down further.</source>
        <translation>Ningún indicador de esta sección puede desagregarse más.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="261"/>
        <source>Partner country</source>
        <translation>País socio</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="261"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="262"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="285"/>
        <source>Type the age group or category to add.</source>
        <translation>Escriba el grupo de edad o la categoría que desea añadir.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../mpdesk/guide/catalog.py" line="212"/>
        <source>The guidance catalogue file {name} cannot be read: {why}</source>
        <translation>No se puede leer el archivo del catálogo de orientaciones {name}: {why}</translation>
    </message>
</context>
<context>
    <name>CellDetails</name>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="63"/>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="116"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="65"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="69"/>
        <source>Save source and note</source>
        <translation>Guardar fuente y nota</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="110"/>
        <source>Several sources give a figure. Choose the one the profile uses:</source>
        <translation>Varias fuentes dan una cifra. Elija la que usa el perfil:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="114"/>
        <source>Figures given by each source</source>
        <translation>Cifras que da cada fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="116"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="116"/>
        <source>Used</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="125"/>
        <source>Use the selected figure</source>
        <translation>Usar la cifra seleccionada</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="154"/>
        <source>Select a cell to see its source and note.</source>
        <translation>Seleccione una celda para ver su fuente y su nota.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="163"/>
        <source>Computed from other figures</source>
        <translation>Calculado a partir de otras cifras</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="163"/>
        <source>No figure yet</source>
        <translation>Aún no hay cifra</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="171"/>
        <source>Not in the report&apos;s series: the report prints &apos;..&apos; for this year.</source>
        <translation>Fuera de la serie del informe: el informe imprime «..» para este año.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="179"/>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="180"/>
        <source>Imported from a file (see the import log); you can overwrite it by typing.</source>
        <translation>Importado de un archivo (vea el registro de importaciones); puede reemplazarlo escribiendo otro valor.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="181"/>
        <source>Typed in by the team.</source>
        <translation>Introducido por el equipo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="204"/>
        <source>(no source)</source>
        <translation>(sin fuente)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/cell_details.py" line="204"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="vanished">Provisional</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="vanished">Estimación</translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="vanished">Definitivo</translation>
    </message>
    <message>
        <source>Use this figure</source>
        <translation type="vanished">Usar esta cifra</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="43"/>
        <source>Add chart…</source>
        <translation>Añadir gráfico…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="72"/>
        <source>No figures yet for: {charts}.</source>
        <translation>Aún no hay cifras para: {charts}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/chart_panel.py" line="74"/>
        <source>This section has no charts yet. Add one from any indicator.</source>
        <translation>Esta sección aún no tiene gráficos. Añada uno a partir de cualquier indicador.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="81"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="114"/>
        <source>Save as PNG image…</source>
        <translation>Guardar como imagen PNG…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="115"/>
        <source>Save as SVG drawing…</source>
        <translation>Guardar como dibujo SVG…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="250"/>
        <source>no figure</source>
        <translation>sin cifra</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="277"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="277"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/charts/plot_widget.py" line="278"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="208"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="76"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="193"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
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
        <translation>Fuente: {sources}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="208"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="174"/>
        <source>{names} ({unit})</source>
        <translation>{names} ({unit})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="211"/>
        <source>No figures yet for {names}.</source>
        <translation>Aún no hay cifras para {names}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="31"/>
        <source>Choose at least one indicator to chart.</source>
        <translation>Elija al menos un indicador para el gráfico.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="36"/>
        <source>A chart can be split by sex, age group, partner country or category only.</source>
        <translation>Un gráfico solo puede desagregarse por sexo, grupo de edad, país socio o categoría.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="50"/>
        <source>Delete chart</source>
        <translation>Eliminar gráfico</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="53"/>
        <source>That chart no longer exists.</source>
        <translation>Ese gráfico ya no existe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="26"/>
        <source>There is no report section &apos;{key}&apos;.</source>
        <translation>No existe la sección del informe “{key}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="28"/>
        <source>&apos;{kind}&apos; is not a kind of chart; choose one of {kinds}.</source>
        <translation>“{kind}” no es un tipo de gráfico; elija uno de {kinds}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="34"/>
        <source>&apos;{key}&apos; is not an indicator of this profile.</source>
        <translation>“{key}” no es un indicador de este perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/custom_charts.py" line="42"/>
        <source>Add chart {title}</source>
        <translation>Añadir el gráfico {title}</translation>
    </message>
    <message>
        <source>Figures for {years} are estimates.</source>
        <translation type="vanished">Las cifras de {years} son estimaciones.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../mpdesk/cli.py" line="68"/>
        <source>create a new profile file</source>
        <translation>crear un nuevo archivo de perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="79"/>
        <source>describe a profile and its progress</source>
        <translation>describir un perfil y su avance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="82"/>
        <source>list the guidance catalogue</source>
        <translation>mostrar el catálogo de orientaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="86"/>
        <source>write the Kenya 2020 training sample profile</source>
        <translation>escribir el perfil de ejemplo de capacitación Kenia 2020</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="89"/>
        <source>export a profile as CSV, PDF or Excel</source>
        <translation>exportar un perfil en CSV, PDF o Excel</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="96"/>
        <source>run the quality checks</source>
        <translation>ejecutar los controles de calidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="26"/>
        <location filename="../../mpdesk/cli_argparse.py" line="69"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="34"/>
        <source>Prepare a national Migration Profile step by step. Without a command, the mpdesk window opens; a command works on a profile in the console (mpdesk COMMAND --help for details).</source>
        <translation>Prepare paso a paso un perfil migratorio nacional. Sin un comando, se abre la ventana de mpdesk; un comando trabaja sobre un perfil en la consola (mpdesk COMANDO --help para más detalles).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="37"/>
        <source>a profile file (.mpdesk) to open</source>
        <translation>un archivo de perfil (.mpdesk) para abrir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="39"/>
        <source>open the Kenya 2020 training sample (written to your Documents folder)</source>
        <translation>abrir el ejemplo de capacitación Kenia 2020 (se guarda en su carpeta Documentos)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="53"/>
        <source>the profile file (.mpdesk)</source>
        <translation>el archivo del perfil (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="57"/>
        <source>print the result as JSON instead of text</source>
        <translation>mostrar el resultado en JSON en lugar de texto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="67"/>
        <location filename="../../mpdesk/cli_argparse.py" line="51"/>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="69"/>
        <source>the profile file to create (.mpdesk)</source>
        <translation>el archivo del perfil que se creará (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="71"/>
        <source>ISO 3166 alpha-3 code or country name, e.g. KEN or Kenya</source>
        <translation>código ISO 3166 alfa-3 o nombre del país, p. ej. KEN o Kenia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="72"/>
        <source>edition year, e.g. 2020</source>
        <translation>año de la edición, p. ej. 2020</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="73"/>
        <source>the report&apos;s language: en, fr or es (default en)</source>
        <translation>el idioma del informe: en, fr o es (en por defecto)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="75"/>
        <source>a basic or an extended Migration Profile (default basic)</source>
        <translation>un perfil migratorio básico (basic) o ampliado (extended); basic por defecto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="76"/>
        <source>reference period, e.g. 2010-2020</source>
        <translation>período de referencia, p. ej. 2010-2020</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="78"/>
        <source>the report&apos;s title (default: Migration Profile of COUNTRY YEAR)</source>
        <translation>el título del informe (por defecto: Perfil migratorio de PAÍS AÑO)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="85"/>
        <source>the language of the names: en, fr or es (default en)</source>
        <translation>el idioma de los nombres: en, fr o es (en por defecto)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="87"/>
        <source>where to write the sample profile (.mpdesk)</source>
        <translation>dónde escribir el perfil de ejemplo (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="91"/>
        <source>write the tidy CSV of values to this file</source>
        <translation>escribir el CSV ordenado de los valores en este archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="92"/>
        <source>write the PDF report to this file</source>
        <translation>escribir el informe PDF en este archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="93"/>
        <source>write the Excel workbook to this file</source>
        <translation>escribir el libro de Excel en este archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="94"/>
        <source>mark every page as a draft</source>
        <translation>marcar cada página como borrador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="95"/>
        <source>report sections, e.g. A.2 B.2</source>
        <translation>secciones del informe, p. ej. A.2 B.2</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="149"/>
        <source>&apos;{name}&apos; is neither an mpdesk command ({commands}) nor an existing profile file.</source>
        <translation>“{name}” no es un comando de mpdesk ({commands}) ni un archivo de perfil existente.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli.py" line="162"/>
        <source>The mpdesk window cannot start because part of the program is missing ({why}). Reinstall mpdesk; the console commands still work.</source>
        <translation>La ventana de mpdesk no puede iniciarse porque falta una parte del programa ({why}). Vuelva a instalar mpdesk; los comandos de consola siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="68"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="68"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="68"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="69"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="70"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="70"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="71"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="72"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="72"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="73"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="73"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="74"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="74"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="75"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="76"/>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="76"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_argparse.py" line="21"/>
        <source>{heading}:</source>
        <translation>{heading}:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="149"/>
        <source>basic</source>
        <translation>básico</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="149"/>
        <source>extended</source>
        <translation>ampliado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="168"/>
        <source>Report modules:</source>
        <translation>Módulos del informe:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="215"/>
        <source>Report sections:</source>
        <translation>Secciones del informe:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="219"/>
        <source>Indicators:</source>
        <translation>Indicadores:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="151"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="152"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="154"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="155"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="156"/>
        <source>Lead agency</source>
        <translation>Institución rectora</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="157"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="65"/>
        <source>Created {title} in {path}.</source>
        <translation>Se creó {title} en {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="83"/>
        <source>Wrote the training sample {title} to {path}.</source>
        <translation>Se escribió el ejemplo de capacitación {title} en {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="164"/>
        <source>Progress: {overall} overall</source>
        <translation>Avance: {overall} en total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="172"/>
        <source>Content: {values} values, {members} members, {sources} data sources, {gaps} data gaps.</source>
        <translation>Contenido: {values} valores, {members} miembros, {sources} fuentes de datos, {gaps} vacíos de datos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="209"/>
        <source>{stages} stages, {steps} steps, {sections} report sections, {indicators} indicators ({derived} derived), {charts} charts.</source>
        <translation>{stages} etapas, {steps} pasos, {sections} secciones del informe, {indicators} indicadores ({derived} calculados), {charts} gráficos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="31"/>
        <source>&apos;{text}&apos; is not a reference period; write it as 2010-2020.</source>
        <translation>“{text}” no es un período de referencia; escríbalo como 2010-2020.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="44"/>
        <source>No country is called &apos;{text}&apos;; give its ISO 3166 alpha-3 code instead (for example SEN for Senegal).</source>
        <translation>Ningún país se llama «{text}»; indique en su lugar su código ISO 3166 alfa-3 (por ejemplo SEN para Senegal).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="76"/>
        <source>{name} already exists. Choose another name, or open it instead.</source>
        <translation>{name} ya existe. Elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="152"/>
        <source>{year}, reference period {period}</source>
        <translation>{year}, período de referencia {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="157"/>
        <source>{version} (last written by mpdesk {app})</source>
        <translation>{version} (escrito por última vez por mpdesk {app})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="162"/>
        <source>This file was upgraded from format {old}; the original was kept as {backup}.</source>
        <translation>Este archivo se actualizó desde el formato {old}; el original se conservó como {backup}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_commands.py" line="165"/>
        <location filename="../../mpdesk/cli_commands.py" line="212"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="81"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="81"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="81"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="58"/>
        <source>Say what to write: --csv OUT.csv, --pdf OUT.pdf or --xlsx OUT.xlsx.</source>
        <translation>Indique qué escribir: --csv SALIDA.csv, --pdf SALIDA.pdf o --xlsx SALIDA.xlsx.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="49"/>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="93"/>
        <source>This version of mpdesk cannot run the quality checks yet.</source>
        <translation>Esta versión de mpdesk aún no puede ejecutar los controles de calidad.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="18"/>
        <source>There is no report section {keys}; run &apos;mpdesk catalog&apos; to see the sections.</source>
        <translation>No existe la sección del informe {keys}; ejecute “mpdesk catalog” para ver las secciones.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="106"/>
        <source>{n} findings, {errors} errors.</source>
        <translation>{n} observaciones, {errors} errores.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="47"/>
        <location filename="../../mpdesk/cli_imports.py" line="171"/>
        <source>Warning: {text}</source>
        <translation>Advertencia: {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="65"/>
        <source>Wrote {rows} values to {path}.</source>
        <translation>Se escribieron {rows} valores en {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="31"/>
        <source>mpdesk cannot write {kind} files because the library {lib} is missing. Reinstall mpdesk, or export as CSV with --csv.</source>
        <translation>mpdesk no puede escribir archivos {kind} porque falta la biblioteca {lib}. Vuelva a instalar mpdesk o exporte en CSV con --csv.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_data.py" line="34"/>
        <source>This version of mpdesk cannot write {kind} files yet; export as CSV with --csv.</source>
        <translation>Esta versión de mpdesk aún no puede escribir archivos {kind}; exporte en CSV con --csv.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="22"/>
        <source>import a published data file into a profile</source>
        <translation>importar un archivo de datos publicado en un perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="38"/>
        <source>list the imports made into a profile</source>
        <translation>listar las importaciones hechas en un perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="205"/>
        <source>write the data-request workbook for one institution</source>
        <translation>escribir el libro de solicitud de datos para una institución</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="24"/>
        <source>the data file: a UN DESA, World Bank, UNHCR or KNOMAD download, a tidy CSV or a filled data-request workbook</source>
        <translation>el archivo de datos: una descarga de UN DESA, del Banco Mundial, del ACNUR o de KNOMAD, un CSV ordenado o un libro de solicitud de datos completado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="28"/>
        <source>show what the import would add, change and skip, and write nothing</source>
        <translation>mostrar lo que la importación añadiría, cambiaría y omitiría, sin escribir nada</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="29"/>
        <source>import only these indicators</source>
        <translation>importar solo estos indicadores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="30"/>
        <source>where the file&apos;s figures would replace another source&apos;s in a series, keep that source in use (the file&apos;s figures are stored beside it as alternatives)</source>
        <translation>donde las cifras del archivo reemplazarían las de otra fuente en una serie, mantener esa fuente en uso (las cifras del archivo se guardan a su lado como alternativas)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="33"/>
        <source>remove an earlier import as a whole</source>
        <translation>quitar por completo una importación anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="34"/>
        <source>for a spreadsheet in another layout: indicator=KEY year=COLUMN value=COLUMN and optionally sex=, age_group=, partner=, source= (remembered for the next file in this layout)</source>
        <translation>para una hoja de cálculo con otra disposición: indicator=CLAVE year=COLUMNA value=COLUMNA y, opcionalmente, sex=, age_group=, partner=, source= (se recuerda para el próximo archivo con esta disposición)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="50"/>
        <source>Say which data file to import: mpdesk import FILE DATAFILE.</source>
        <translation>Indique qué archivo de datos importar: mpdesk import ARCHIVO ARCHIVO_DE_DATOS.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="207"/>
        <source>as written in the data-request log</source>
        <translation>tal como figura en el registro de solicitudes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="208"/>
        <source>the workbook to write (.xlsx)</source>
        <translation>el libro que se escribirá (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="223"/>
        <source>Its requests are marked as sent today in the data-request log (step 2.1); change the date there if you send it later.</source>
        <translation>Sus solicitudes quedan marcadas como enviadas hoy en el registro de solicitudes de datos (paso 2.1); cambie allí la fecha si lo envía más tarde.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="239"/>
        <source>No file has been imported into this profile yet.</source>
        <translation>Aún no se ha importado ningún archivo en este perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="101"/>
        <source>{file} ({dataset}): to add {added}, will change {changed}, conflicts with another source {conflicts}, skipped {skipped}. Nothing was written.</source>
        <translation>{file} ({dataset}): por añadir {added}, por cambiar {changed}, en conflicto con otra fuente {conflicts}, omitidas {skipped}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="166"/>
        <source>Imported {file} ({dataset}): {added} values added, {updated} updated (import {import_id}).</source>
        <translation>Se importó {file} ({dataset}): {added} valores añadidos, {updated} actualizados (importación {import_id}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="220"/>
        <source>Wrote the data request for {name} to {path}. When it comes back filled in: mpdesk import {file} {path}</source>
        <translation>Se escribió la solicitud de datos para {name} en {path}. Cuando vuelva completada: mpdesk import {file} {path}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="71"/>
        <source>--map takes indicator=KEY year=COLUMN value=COLUMN and optionally sex=, age_group=, partner=, source=; check {what}.</source>
        <translation>--map necesita indicator=CLAVE year=COLUMNA value=COLUMNA y, opcionalmente, sex=, age_group=, partner=, source=; revise {what}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="113"/>
        <source>  {name} [{key}] {span}: {added} to add, {changed} to change, {conflicts} conflicts.</source>
        <translation>  {name} [{key}] {span}: {added} por añadir, {changed} por cambiar, {conflicts} conflictos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="127"/>
        <source>  skipped: {text}</source>
        <translation>  omitido: {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="169"/>
        <source>Indicators: {keys}.</source>
        <translation>Indicadores: {keys}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="55"/>
        <source>mpdesk does not know the layout of {name}; add --map indicator=KEY year=COLUMN value=COLUMN (columns: {columns}).</source>
        <translation>mpdesk no conoce la disposición de {name}; añada --map indicator=CLAVE year=COLUMNA value=COLUMNA (columnas: {columns}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="110"/>
        <source>  {name} [{key}]: nothing to add or change ({unchanged} already in the profile).</source>
        <translation>  {name} [{key}]: nada que añadir ni cambiar ({unchanged} ya en el perfil).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="118"/>
        <source>    change {where}: {old} ({old_source}) -&gt; {new} ({source})</source>
        <translation>    cambio {where}: {old} ({old_source}) -&gt; {new} ({source})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="122"/>
        <source>    conflict {where}: {old} ({old_source}) and {new} ({source}); the series uses {used}</source>
        <translation>    conflicto {where}: {old} ({old_source}) y {new} ({source}); la serie usa {used}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="158"/>
        <source>{file} holds nothing new for this profile.</source>
        <translation>{file} no aporta nada nuevo a este perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="241"/>
        <source>{id}  {when}  {file} ({dataset}): {added} added, {updated} changed, {figures} figures now from it</source>
        <translation>{id}  {when}  {file} ({dataset}): {added} añadidas, {updated} cambiadas, {figures} cifras provienen ahora de él</translation>
    </message>
    <message>
        <location filename="../../mpdesk/cli_imports.py" line="245"/>
        <source>; imported by {who}</source>
        <translation>; importado por {who}</translation>
    </message>
    <message>
        <source>Prepare a national Migration Profile step by step. Without a command, the mpdesk window opens. Commands: {commands} (mpdesk COMMAND --help for details).</source>
        <translation type="vanished">Prepare paso a paso un perfil migratorio nacional. Sin un comando, se abre la ventana de mpdesk. Comandos: {commands} (mpdesk COMANDO --help para más detalles).</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. KEN</source>
        <translation type="vanished">código ISO 3166 alfa-3, p. ej. KEN</translation>
    </message>
    <message>
        <source>Imported {file} ({dataset}): {added} values added, {updated} updated.</source>
        <translation type="vanished">Se importó {file} ({dataset}): {added} valores añadidos, {updated} actualizados.</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="28"/>
        <source>Country and language</source>
        <translation>País e idioma</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="29"/>
        <source>Whose migration profile is this, and in which language will it be written?</source>
        <translation>¿De qué país es este perfil migratorio y en qué idioma se redactará?</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="36"/>
        <source>Language of the profile</source>
        <translation>Idioma del perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="37"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="39"/>
        <source>Type to search, e.g. Kenya or KEN</source>
        <translation>Escriba para buscar, p. ej. Kenia o KEN</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="40"/>
        <source>Search countries</source>
        <translation>Buscar países</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="42"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="48"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="56"/>
        <source>mpdesk was not closed normally last time.</source>
        <translation>mpdesk no se cerró normalmente la última vez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="68"/>
        <source>mpdesk was not closed normally last time: it stopped while saving, and that last save was undone. Every edit up to {when} is saved. If you had just started an import or an export, it did not run: start it again. If you had just made an edit, check that it is there.</source>
        <translation>mpdesk no se cerró normalmente la última vez: se detuvo mientras guardaba, y ese último guardado se deshizo. Todos los cambios hasta el {when} están guardados. Si acababa de iniciar una importación o una exportación, no se realizó: iníciela de nuevo. Si acababa de hacer un cambio, compruebe que sigue ahí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="93"/>
        <source>The export started {when} was interrupted when mpdesk stopped; these files were not written: {files}. Earlier files of those names, if any, are unchanged. Export again.</source>
        <translation>La exportación iniciada el {when} se interrumpió cuando mpdesk se detuvo; estos archivos no se escribieron: {files}. Los archivos anteriores con esos nombres, si los hay, no han cambiado. Vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="107"/>
        <source>The data-request workbook {file} for {institution} (started {when}) was written, but mpdesk stopped before marking its requests as sent. When you send it, write the date in the Sent column of step 2.1 (the data-request log).</source>
        <translation>El libro de solicitud de datos {file} para {institution} (iniciado el {when}) se escribió, pero mpdesk se detuvo antes de marcar sus solicitudes como enviadas. Cuando lo envíe, escriba la fecha en la columna Enviada del paso 2.1 (el registro de solicitudes de datos).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="81"/>
        <source>The import of {file} (started {when}) was complete before mpdesk stopped: its figures are saved.</source>
        <translation>La importación de {file} (iniciada el {when}) había terminado antes de que mpdesk se detuviera: sus cifras están guardadas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="84"/>
        <source>The import of {file} (started {when}) was interrupted when mpdesk stopped; none of its figures were saved. Import the file again.</source>
        <translation>La importación de {file} (iniciada el {when}) se interrumpió cuando mpdesk se detuvo; no se guardó ninguna de sus cifras. Vuelva a importar el archivo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="90"/>
        <source>The export of {file} (started {when}) was interrupted when mpdesk stopped; {file} was not written, and an earlier file of that name, if any, is unchanged. Export again.</source>
        <translation>La exportación de {file} (iniciada el {when}) se interrumpió cuando mpdesk se detuvo; {file} no se escribió, y un archivo anterior con ese nombre, si lo hay, no ha cambiado. Vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="104"/>
        <source>The data-request workbook for {institution} (started {when}) was not written when mpdesk stopped: an earlier file {file}, if any, is unchanged, and no request was marked as sent. Write it again on step 2.1.</source>
        <translation>El libro de solicitud de datos para {institution} (iniciado el {when}) no se escribió cuando mpdesk se detuvo: un archivo {file} anterior, si existe, no ha cambiado, y ninguna solicitud se marcó como enviada. Escríbalo de nuevo en el paso 2.1.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="59"/>
        <source>Every other edit up to {when} was saved.</source>
        <translation>Se guardaron todos los demás cambios hasta el {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/crash_notice.py" line="52"/>
        <source>mpdesk was not closed normally last time. Nothing was lost: every edit up to {when} was saved.</source>
        <translation>mpdesk no se cerró normalmente la última vez. No se perdió nada: se guardaron todos los cambios hasta el {when}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="133"/>
        <source>Migration at a glance</source>
        <translation>La migración de un vistazo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="134"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="167"/>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="177"/>
        <source>Open data errors</source>
        <translation>Errores de datos pendientes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="312"/>
        <source>Click to go to the figure.</source>
        <translation>Haga clic para ir a la cifra.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="314"/>
        <source>No errors in the figures.</source>
        <translation>No hay errores en las cifras.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="315"/>
        <source>Click an error to go to the figure.</source>
        <translation>Haga clic en un error para ir a la cifra.</translation>
    </message>
</context>
<context>
    <name>DataGrid</name>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="34"/>
        <source>Figures of this section by year</source>
        <translation>Cifras de esta sección por año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="35"/>
        <source>Indicators and units</source>
        <translation>Indicadores y unidades</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="53"/>
        <source>Add year…</source>
        <translation>Añadir año…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="54"/>
        <source>Add a year column</source>
        <translation>Añadir una columna de año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="55"/>
        <source>Add row…</source>
        <translation>Añadir fila…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="56"/>
        <source>Add a row for a breakdown</source>
        <translation>Añadir una fila para una desagregación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="57"/>
        <source>Grey italic cells are computed (shaded) or not in the report&apos;s series (the report prints &apos;..&apos;; see the tooltip). A tinted cell was imported; an orange corner means the figure has a note.</source>
        <translation>Las celdas en cursiva gris son calculadas (sombreadas) o no están en la serie del informe (el informe imprime «..»; vea la información emergente). Una celda coloreada fue importada; una esquina naranja indica que la cifra tiene una nota.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="239"/>
        <source>%n cell(s) were not pasted:</source>
        <translation>
            <numerusform>%n celda no se pegó:</numerusform>
            <numerusform>%n celdas no se pegaron:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="244"/>
        <source>%n value(s) pasted.</source>
        <translation>
            <numerusform>%n valor pegado.</numerusform>
            <numerusform>%n valores pegados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="270"/>
        <source>Not saved — {where}: {why} The text stays in the cell until you correct it.</source>
        <translation>No guardado — {where}: {why} El texto queda en la celda hasta que lo corrija.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="303"/>
        <source>Add year</source>
        <translation>Añadir año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid.py" line="303"/>
        <source>Year to add as a column:</source>
        <translation>Año que se añadirá como columna:</translation>
    </message>
    <message>
        <source>Grey italic cells are computed. A tinted cell was imported; an orange corner means the figure has a note.</source>
        <translation type="vanished">Las celdas en cursiva gris son calculadas. Una celda coloreada fue importada; una esquina naranja indica que la cifra tiene una nota.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) were not pasted: </source>
        <translation type="vanished">
            <numerusform>%n celda no se pegó: </numerusform>
            <numerusform>%n celdas no se pegaron: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved — {year}: {why}</source>
        <translation type="vanished">No guardado — {year}: {why}</translation>
    </message>
</context>
<context>
    <name>DataGridModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="215"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="216"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="306"/>
        <source>Not in the series: {source}&apos;s figure; the report uses {series} and prints &apos;..&apos; for this year.</source>
        <translation>Fuera de la serie: cifra de {source}; el informe usa {series} e imprime «..» para este año.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="307"/>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="310"/>
        <source>no source</source>
        <translation>sin fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="309"/>
        <source>Not in the series: {source}&apos;s figure is an alternative; the report prints &apos;..&apos; for this year.</source>
        <translation>Fuera de la serie: la cifra de {source} es una alternativa; el informe imprime «..» para este año.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="324"/>
        <source>Stored figure: {figure} (shown rounded, as the report prints it)</source>
        <translation>Cifra guardada: {figure} (se muestra redondeada, como la imprime el informe)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="326"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="326"/>
        <source>none given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="328"/>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="331"/>
        <source>{n} other source(s) hold a figure for this cell.</source>
        <translation>{n} fuente(s) más tienen una cifra para esta celda.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="353"/>
        <source>Computed from other figures; its inputs are empty.</source>
        <translation>Calculado a partir de otras cifras; sus datos de entrada están vacíos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="358"/>
        <source>Computed: {formula}</source>
        <translation>Calculado: {formula}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="393"/>
        <source>Set {name} {year}</source>
        <translation>Introducir {name} {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="415"/>
        <source>Type the figures it is computed from; its tooltip shows the formula.</source>
        <translation>Escriba las cifras a partir de las que se calcula; su información emergente muestra la fórmula.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="430"/>
        <source>&apos;{text}&apos; falls outside the table</source>
        <translation>“{text}” queda fuera del cuadro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="438"/>
        <source>Paste {n} values</source>
        <translation>Pegar {n} valores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_model.py" line="459"/>
        <source>Clear {n} values</source>
        <translation>Borrar {n} valores</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../mpdesk/ui/date_field.py" line="63"/>
        <source>Type a date as 2020-05-01 or %1, or pick it in the calendar.</source>
        <translation>Escriba una fecha como 2020-05-01 o %1, o elíjala en el calendario.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/date_field.py" line="67"/>
        <source>Pick the date in a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/date_field.py" line="89"/>
        <source>“%1” is not a date. Type it as 2020-05-01 or %2; the previous date is kept.</source>
        <translation>«%1» no es una fecha. Escríbala como 2020-05-01 o %2; se conserva la fecha anterior.</translation>
    </message>
</context>
<context>
    <name>DeliverablesForm</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="144"/>
        <source>Recorded in the profile itself (chosen when it was created).</source>
        <translation>Registrado en el propio perfil (elegido al crearlo).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="177"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../../mpdesk/services/derived.py" line="241"/>
        <source>No {name} for {year}.</source>
        <translation>No hay {name} para {year}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/derived.py" line="268"/>
        <source>{name} for {year} cannot be computed: {why}.</source>
        <translation>{name} para {year} no puede calcularse: {why}.</translation>
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
        <translation>Perfiles de mpdesk (*.mpdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/dialogs.py" line="43"/>
        <source>Open a profile</source>
        <translation>Abrir un perfil</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <location filename="../../mpdesk/export/draft.py" line="65"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>La carpeta {folder} no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="vanished">{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="vanished">{n} KB</translation>
    </message>
    <message>
        <source>{country} MP {year} - draft {date}</source>
        <translation type="vanished">{country} PM {year} - borrador {date}</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="508"/>
        <source>Prepare draft for email</source>
        <translation>Preparar un borrador para enviar por correo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="512"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="528"/>
        <source>Writing the draft PDF and workbook…</source>
        <translation>Escribiendo el PDF y el libro del borrador…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="533"/>
        <source>Cancelled; no draft file was left in the folder.</source>
        <translation>Cancelado; no quedó ningún archivo de borrador en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="544"/>
        <source>Two files, {size} in all, are ready to attach: {pdf} and {xlsx}, in {folder}.</source>
        <translation>Dos archivos, {size} en total, están listos para adjuntar: {pdf} y {xlsx}, en {folder}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="23"/>
        <source>The disk is full, so mpdesk stopped; everything saved before is intact. Free some space and try again.</source>
        <translation>El disco está lleno, así que mpdesk se detuvo; todo lo guardado antes está intacto. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="26"/>
        <source>The computer ran out of memory, so mpdesk stopped; everything saved before is intact.</source>
        <translation>La computadora se quedó sin memoria, así que mpdesk se detuvo; todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="32"/>
        <source>mpdesk stopped because the profile or the disk failed ({why}). Everything saved before is intact; open an earlier copy if the problem returns.</source>
        <translation>mpdesk se detuvo porque el perfil o el disco fallaron ({why}). Todo lo guardado antes está intacto; abra una copia anterior si el problema se repite.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/errors.py" line="30"/>
        <source>mpdesk could not use {path}: {why}. Everything saved before is intact.</source>
        <translation>mpdesk no pudo usar {path}: {why}. Todo lo guardado antes está intacto.</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="55"/>
        <source>Reading the profile</source>
        <translation>Leyendo el perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="75"/>
        <source>Excel workbook written</source>
        <translation>Libro de Excel escrito</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="132"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="64"/>
        <location filename="../../mpdesk/export/excel/__init__.py" line="140"/>
        <source>Tidy data</source>
        <translation>Datos ordenados</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="142"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="83"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="148"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="88"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="133"/>
        <source>Key figures: latest value, year, source and change</source>
        <translation>Cifras clave: último valor, año, fuente y variación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="141"/>
        <source>Every figure, one row per series, with its source and status</source>
        <translation>Cada dato, una fila por serie, con su fuente y su estado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="143"/>
        <source>The inventory of data sources</source>
        <translation>El inventario de fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="144"/>
        <source>Each imported file, its date and its fingerprint</source>
        <translation>Cada archivo importado, su fecha y su huella</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="145"/>
        <source>Data gaps and the actions planned</source>
        <translation>Los vacíos de datos y las acciones previstas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="146"/>
        <source>What each indicator means and how it is computed</source>
        <translation>Qué significa cada indicador y cómo se calcula</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="147"/>
        <source>Profile, edition, export date, Draft or Final</source>
        <translation>Perfil, edición, fecha de exportación, borrador o versión final</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="151"/>
        <location filename="../../mpdesk/export/excel/__init__.py" line="179"/>
        <source>Writing {name}</source>
        <translation>Escribiendo {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="197"/>
        <source>{name} could not be written ({why}). Choose another folder and try again.</source>
        <translation>No se pudo escribir {name} ({why}). Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="137"/>
        <source>Indicators in the years the report prints</source>
        <translation>Indicadores de los años presentados en el informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="192"/>
        <source>{name} could not be written because the disk is full. Free some space or choose another folder.</source>
        <translation>No se pudo escribir {name} porque el disco está lleno. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="195"/>
        <source>{name} could not be written: the folder is read-only or the file is open in another program. Close it there or choose another folder.</source>
        <translation>No se pudo escribir {name}: la carpeta es de solo lectura o el archivo está abierto en otro programa. Ciérrelo allí o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="163"/>
        <source>The folder {folder} does not exist. Choose another folder.</source>
        <translation>La carpeta {folder} no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/__init__.py" line="138"/>
        <source>Charts of {section} and their data</source>
        <translation>Gráficos de {section} y sus datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/charts.py" line="42"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/print_setup.py" line="46"/>
        <source>DRAFT — not for citation</source>
        <translation>BORRADOR — no citar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/print_setup.py" line="186"/>
        <source>Page &amp;P of &amp;N</source>
        <translation>Página &amp;P de &amp;N</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="233"/>
        <source>Years as printed in the report; every year is on the Data sheet.</source>
        <translation>Años presentados en el informe; cada año figura en la hoja Datos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="31"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="100"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="110"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="110"/>
        <source>About this workbook</source>
        <translation>Acerca de este libro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="115"/>
        <source>Figures are stored at full precision; the number formats only round what is shown. Derived indicators are computed from the stored figures by the formula given in the Data and Indicator definitions sheets.</source>
        <translation>Las cifras se guardan con precisión completa; los formatos numéricos solo redondean lo que se muestra. Los indicadores calculados se obtienen de las cifras guardadas con la fórmula indicada en las hojas Datos y Definiciones de los indicadores.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="127"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="127"/>
        <source>Final</source>
        <translation>Versión final</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="147"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="147"/>
        <source>Migration at a glance</source>
        <translation>La migración de un vistazo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="241"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="148"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="241"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="149"/>
        <location filename="../../mpdesk/export/excel/sheets.py" line="242"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="149"/>
        <source>Change since previous figure</source>
        <translation>Variación desde la cifra anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="149"/>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="215"/>
        <source>Chart data</source>
        <translation>Datos de los gráficos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="241"/>
        <source>Disaggregation</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="242"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Indicator key</source>
        <translation>Clave del indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="242"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="80"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="100"/>
        <source>What it holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="129"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="130"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="131"/>
        <source>Exported on</source>
        <translation>Exportado el</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="132"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="133"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="134"/>
        <source>Reference period</source>
        <translation>Período de referencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="135"/>
        <source>Lead agency</source>
        <translation>Institución rectora</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="136"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="213"/>
        <source>{section}: charts</source>
        <translation>{section}: gráficos</translation>
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
        <translation>gráficos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="252"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="34"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="34"/>
        <source>Every figure, one row per series, years as columns (one row per figure: export as CSV)</source>
        <translation>Cada dato, una fila por serie, años en columnas (una fila por dato: exportar como CSV)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="36"/>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="37"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="38"/>
        <source>Preferred</source>
        <translation>Preferida</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="78"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Periodicity</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="79"/>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="83"/>
        <source>Inventory of data sources</source>
        <translation>Inventario de fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="93"/>
        <source>Imported on</source>
        <translation>Importado el</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="94"/>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="94"/>
        <source>Figures from it in this profile</source>
        <translation>Cifras de este archivo en el perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="95"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="98"/>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="98"/>
        <source>Files the figures were imported from</source>
        <translation>Archivos de los que se importaron las cifras</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <source>Gap</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="117"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="105"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="106"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="106"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="39"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="107"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="40"/>
        <location filename="../../mpdesk/export/excel/tidy.py" line="107"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="111"/>
        <source>Data gaps</source>
        <translation>Vacíos de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="111"/>
        <source>Data gaps and actions</source>
        <translation>Vacíos de datos y acciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="118"/>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/tidy.py" line="127"/>
        <source>Indicator definitions</source>
        <translation>Definiciones de los indicadores</translation>
    </message>
    <message>
        <source>Indicators by year</source>
        <translation type="vanished">Indicadores por año</translation>
    </message>
    <message>
        <source>Every figure, one per row, with its source</source>
        <translation type="vanished">Cada cifra, una por fila, con su fuente</translation>
    </message>
    <message>
        <source>Every figure, one per row</source>
        <translation type="vanished">Cada cifra, una por fila</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Valor</translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="vanished">borrador</translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="vanished">validado</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="vanished">estimación</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="vanished">provisional</translation>
    </message>
    <message>
        <source>projection</source>
        <translation type="vanished">proyección</translation>
    </message>
    <message>
        <source>final</source>
        <translation type="vanished">definitivo</translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="vanished">introducido</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="vanished">importado</translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="vanished">calculado</translation>
    </message>
    <message>
        <source>Indicators by year, with charts</source>
        <translation type="vanished">Indicadores por año, con gráficos</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../mpdesk/export/csv_export.py" line="71"/>
        <source>mpdesk could not write {name}: {why}. Choose a folder you can write to and check that the file is not open in another program.</source>
        <translation>mpdesk no pudo escribir {name}: {why}. Elija una carpeta en la que pueda escribir y compruebe que el archivo no esté abierto en otro programa.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="26"/>
        <source>Reading the profile</source>
        <translation>Leyendo el perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="63"/>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="80"/>
        <source>Laying out pages</source>
        <translation>Diagramando las páginas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="48"/>
        <source>Some text cannot be printed with the fonts mpdesk includes (Chinese, Japanese, Korean, emoji and some other scripts) and would show as empty boxes in the PDF: {entries}.</source>
        <translation>Algunos textos no se pueden imprimir con las fuentes que incluye mpdesk (chino, japonés, coreano, emojis y algunas otras escrituras) y aparecerían como recuadros vacíos en el PDF: {entries}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="101"/>
        <source>The PDF could not be laid out: the entry beginning “{what}” does not fit on a page (page {page}). Shorten that entry or split it in two, then export again.</source>
        <translation>No se pudo diagramar el PDF: la entrada que empieza por “{what}” no cabe en una página (página {page}). Acorte esa entrada o divídala en dos y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="126"/>
        <source>The PDF could not be saved to {path}: {reason}.</source>
        <translation>No se pudo guardar el PDF en {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="60"/>
        <source>Saving the PDF</source>
        <translation>Guardando el PDF</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="118"/>
        <source>The disk holding {folder} is full; free some space or save the PDF elsewhere.</source>
        <translation>El disco que contiene {folder} está lleno; libere espacio o guarde el PDF en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="121"/>
        <source>The folder {folder} does not exist; choose another place to save the PDF.</source>
        <translation>La carpeta {folder} no existe; elija otro lugar para guardar el PDF.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="124"/>
        <source>mpdesk may not write in {folder} (or {name} is open in another program); choose another folder or close the file.</source>
        <translation>mpdesk no tiene permiso para escribir en {folder} (o {name} está abierto en otro programa); elija otra carpeta o cierre el archivo.</translation>
    </message>
    <message>
        <source>Cannot be printed with the bundled fonts (empty boxes): {what}</source>
        <translation type="vanished">No se puede imprimir con las fuentes incluidas (aparecen recuadros vacíos): {what}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="211"/>
        <source>Export the profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="220"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="221"/>
        <source>Change the file name, then export again</source>
        <translation>Cambie el nombre del archivo y vuelva a exportar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="227"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="229"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="246"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="248"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="249"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="258"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="261"/>
        <source>Final</source>
        <translation>Versión final</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="262"/>
        <source>Draft (every page says “DRAFT — not for citation”)</source>
        <translation>Borrador (cada página indica “BORRADOR — no citar”)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="280"/>
        <location filename="../../mpdesk/ui/export_dialog.py" line="281"/>
        <source>This profile is only {percent} complete: a final report is meant for publication, so a draft is probably what you want.</source>
        <translation>Este perfil solo está completo en un {percent}: un informe final está destinado a publicarse, así que probablemente convenga un borrador.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="289"/>
        <location filename="../../mpdesk/ui/export_dialog.py" line="292"/>
        <source>Modules to include</source>
        <translation>Módulos que se incluirán</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="308"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="313"/>
        <source>PDF:</source>
        <translation>PDF:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="313"/>
        <source>Excel:</source>
        <translation>Excel:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="317"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="330"/>
        <source>{name} (draft {date})</source>
        <translation>{name} (borrador {date})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="342"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="342"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="343"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="371"/>
        <source>Tick PDF, Excel or both.</source>
        <translation>Marque PDF, Excel o ambos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="373"/>
        <source>Tick at least one module to include.</source>
        <translation>Marque al menos un módulo que incluir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="376"/>
        <source>The folder {folder} does not exist. Choose another with Browse.</source>
        <translation>La carpeta {folder} no existe. Elija otra con Examinar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="399"/>
        <source>Writing {files}…</source>
        <translation>Escribiendo {files}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/export_dialog.py" line="429"/>
        <source>%n file(s) of these names already exist: {names}. Replace them?</source>
        <translation>
            <numerusform>Ya existe %n archivo con este nombre: {names}. ¿Reemplazarlo?</numerusform>
            <numerusform>Ya existen %n archivos con estos nombres: {names}. ¿Reemplazarlos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="444"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="459"/>
        <source>Export cancelled; no partial file was left behind.</source>
        <translation>Exportación cancelada; no quedó ningún archivo incompleto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="466"/>
        <source>{sentence} {names} had already been written and is complete.</source>
        <translation>{sentence} {names} ya se había escrito y está completo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="559"/>
        <source>Choose the folder for the draft files</source>
        <translation>Elija la carpeta para los archivos del borrador</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="45"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="45"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="45"/>
        <source>Disaggregation</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="47"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="47"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>Now from</source>
        <translation>Actual según</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="49"/>
        <source>New from</source>
        <translation>Nueva según</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="50"/>
        <source>The series uses</source>
        <translation>La serie usa</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="50"/>
        <source>In the profile</source>
        <translation>En el perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="50"/>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="51"/>
        <source>From</source>
        <translation>Según</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="51"/>
        <source>In this file</source>
        <translation>En este archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="66"/>
        <source>the file&apos;s figure</source>
        <translation>la cifra del archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="66"/>
        <source>the profile&apos;s figure</source>
        <translation>la cifra del perfil</translation>
    </message>
</context>
<context>
    <name>FileCopy</name>
    <message>
        <location filename="../../mpdesk/ui/file_copy.py" line="18"/>
        <source>The copy must have another name than the open file; nothing was written.</source>
        <translation>La copia debe tener un nombre distinto al del archivo abierto; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/file_copy.py" line="31"/>
        <source>The copy could not be written to {path} ({why}). Choose another folder; the open profile is unchanged.</source>
        <translation>No se pudo escribir la copia en {path} ({why}). Elija otra carpeta; el perfil abierto no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="48"/>
        <source>Find a step, section or indicator</source>
        <translation>Buscar un paso, una sección o un indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="59"/>
        <source>Name to find</source>
        <translation>Nombre que buscar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="60"/>
        <source>Part of a name, e.g. &apos;refugees&apos; or &apos;1.3&apos;</source>
        <translation>Parte de un nombre, p. ej. “refugiados” o “1.3”</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="62"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="70"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="28"/>
        <source>Step {key}  {title}</source>
        <translation>Paso {key}  {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="33"/>
        <source>Section {name}</source>
        <translation>Sección {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/find_dialog.py" line="37"/>
        <source>Indicator {name} ({section})</source>
        <translation>Indicador {name} ({section})</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="66"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="70"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="70"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="70"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../mpdesk/formats.py" line="253"/>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="255"/>
        <source>percentage points</source>
        <translation>puntos porcentuales</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="256"/>
        <source>US$ million</source>
        <translation>millones de dólares EE. UU.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="257"/>
        <source>US$</source>
        <translation>dólares EE. UU.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="259"/>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="260"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="282"/>
        <source>As published</source>
        <translation>Tal como se publicó</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="283"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="283"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="283"/>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="284"/>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="284"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="285"/>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="295"/>
        <source>both sexes</source>
        <translation>ambos sexos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="244"/>
        <location filename="../../mpdesk/services/validation.py" line="129"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="244"/>
        <location filename="../../mpdesk/services/validation.py" line="131"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="258"/>
        <source>per {n}</source>
        <translation>por {n}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="274"/>
        <source>{change} percentage points</source>
        <translation>{change} p. p.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="295"/>
        <source>female</source>
        <translation>mujeres</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="295"/>
        <source>male</source>
        <translation>hombres</translation>
    </message>
    <message>
        <location filename="../../mpdesk/formats.py" line="313"/>
        <source>aged {group}</source>
        <translation>de {group} años</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="229"/>
        <source>the denominator is zero</source>
        <translation>el denominador es cero</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="112"/>
        <source>it ends too early</source>
        <translation>termina demasiado pronto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="163"/>
        <source>an indicator key was expected</source>
        <translation>se esperaba una clave de indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="103"/>
        <source>The formula &apos;{formula}&apos; cannot be read: {why}.</source>
        <translation>No se puede leer la fórmula “{formula}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="124"/>
        <location filename="../../mpdesk/guide/formula.py" line="158"/>
        <source>unexpected &apos;{token}&apos;</source>
        <translation>“{token}” inesperado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="84"/>
        <source>The formula &apos;{formula}&apos; has an unexpected character at position {pos}.</source>
        <translation>La fórmula “{formula}” tiene un carácter inesperado en la posición {pos}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="119"/>
        <source>&apos;{op}&apos; expected</source>
        <translation>se esperaba “{op}”</translation>
    </message>
    <message>
        <location filename="../../mpdesk/guide/formula.py" line="177"/>
        <source>&apos;[{part}]&apos; is not a selector such as [sex=female]</source>
        <translation>“[{part}]” no es un selector como [sex=female]</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="29"/>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="31"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="32"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/data_grid_view.py" line="35"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="29"/>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="46"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="46"/>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="47"/>
        <source>The quality checks look for missing core figures, totals that do not add up, shares above 100 %, breaks in series and figures without a source. Fix each finding in its module, or note why it stands.</source>
        <translation>Los controles de calidad buscan cifras esenciales que faltan, totales que no cuadran, proporciones superiores al 100 %, rupturas de series y cifras sin fuente. Corrija cada observación en su módulo o anote por qué se mantiene.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="50"/>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="50"/>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="51"/>
        <source>The import log is the profile&apos;s record of every file imported into it: when, by whom, from which publisher, and how many figures it added, changed or skipped. It is the trace of where the imported figures come from, for the team and for the reviewers.

Select an import to see the figures that still come from it, and Show the figure in its module to check one in place.

An import that brought the wrong file or the wrong year can be taken back as a whole: select it, choose Remove this import… and confirm. Its figures are removed and the figures it replaced come back; Edit ▸ Undo brings the import back if you change your mind.</source>
        <translation>El registro de importaciones guarda cada archivo importado en el perfil: cuándo, quién lo importó, de qué editor y cuántas cifras añadió, cambió u omitió. Es la constancia del origen de las cifras importadas, para el equipo y para los revisores.

Seleccione una importación para ver las cifras que aún proceden de ella, y Mostrar la cifra en su módulo para comprobar una en su lugar.

Una importación que trajo el archivo o el año equivocados puede retirarse entera: selecciónela, elija Quitar esta importación… y confirme. Sus cifras se quitan y vuelven las que había reemplazado; Edición ▸ Deshacer restablece la importación si cambia de opinión.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="66"/>
        <source>What this step produces</source>
        <translation>Lo que produce este paso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="70"/>
        <source>Feeds the report sections</source>
        <translation>Alimenta las secciones del informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="82"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>GuidanceStrip</name>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="142"/>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="143"/>
        <source>Show guidance (F1)</source>
        <translation>Mostrar las orientaciones (F1)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="144"/>
        <source>Show guidance</source>
        <translation>Mostrar las orientaciones</translation>
    </message>
</context>
<context>
    <name>GuidanceTitle</name>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="96"/>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="100"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="103"/>
        <source>Hide guidance (F1)</source>
        <translation>Ocultar las orientaciones (F1)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/guidance_panel.py" line="104"/>
        <source>Hide guidance</source>
        <translation>Ocultar las orientaciones</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="47"/>
        <source>&lt;h3&gt;When two sources give the same figures&lt;/h3&gt;&lt;p&gt;Each series of the report comes from one source, so a printed series never mixes publishers. Before an import, the preview says where the file&apos;s figures meet another source&apos;s, which source the series will use and why. Tick &lt;b&gt;Keep the figures of … in use&lt;/b&gt; to keep the source the series has: the file&apos;s figures are then stored beside it as alternatives. A spreadsheet in a layout mpdesk does not know is read once you say which column holds the year, the value and the breakdowns; its numbers are read with the decimal mark they use (1415,0 or 1415.0), and the preview says when mpdesk had to choose. The Excel workbook&apos;s &lt;b&gt;Imported files&lt;/b&gt; sheet names every file the figures came from, with its fingerprint.&lt;/p&gt;&lt;h3&gt;Data requests&lt;/h3&gt;&lt;p&gt;On step 2.1, list what you ask of each institution in the request register, then press &lt;b&gt;Write a request workbook…&lt;/b&gt;: mpdesk writes one workbook for that institution and marks its requests as sent today. When the institution returns the filled workbook, import it like any file: its figures come in and its requests are marked received.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cuando dos fuentes dan las mismas cifras&lt;/h3&gt;&lt;p&gt;Cada serie del informe proviene de una sola fuente: una serie impresa nunca mezcla editores. Antes de una importación, la vista previa indica dónde las cifras del archivo coinciden con las de otra fuente, qué fuente usará la serie y por qué. Marque &lt;b&gt;Mantener en uso las cifras de …&lt;/b&gt; para conservar la fuente que tiene la serie: las cifras del archivo se guardan entonces a su lado como alternativas. Una hoja de cálculo con un formato que mpdesk no conoce se lee en cuanto usted indica qué columna contiene el año, el valor y los desgloses; sus números se leen con el separador decimal que usan (1415,0 o 1415.0), y la vista previa avisa cuando mpdesk tuvo que elegir. La hoja &lt;b&gt;Archivos importados&lt;/b&gt; del libro de Excel nombra cada archivo del que provienen las cifras, con su huella.&lt;/p&gt;&lt;h3&gt;Solicitudes de datos&lt;/h3&gt;&lt;p&gt;En el paso 2.1, anote en el registro de solicitudes lo que pide a cada institución y pulse &lt;b&gt;Escribir un libro de solicitud…&lt;/b&gt;: mpdesk escribe un libro para esa institución y marca sus solicitudes como enviadas hoy. Cuando la institución devuelve el libro completado, impórtelo como cualquier archivo: sus cifras entran en el perfil y sus solicitudes se marcan como recibidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="96"/>
        <source>Each profile is one .mpdesk file, wherever you saved it.</source>
        <translation>Cada perfil es un archivo .mpdesk, dondequiera que lo haya guardado.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="126"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="87"/>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="130"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="19"/>
        <source>&lt;h2&gt;Working with mpdesk&lt;/h2&gt;&lt;h3&gt;How the exercise runs&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Process&lt;/b&gt; tab lists the steps of a Migration Profile exercise, stage by stage: set up the Technical Working Group (step 1.3), choose the report modules (1.4), inventory the data sources (1.5), plan the work (1.6), collect and review, then publish. Each step has a checklist, the things it produces and notes. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Back&lt;/b&gt; walk through the steps in order.&lt;/p&gt;&lt;h3&gt;Entering figures&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Report&lt;/b&gt; tab lists the sections of the profile. Each section has its text and a grid of figures by year; the Indicator and Unit columns stay in view while the years scroll. Type a figure and press Enter (down) or Tab (right). Figures are read as they are written in the profile&apos;s language; when a figure could be read two ways (such as 2.500) mpdesk asks instead of guessing. Text that cannot be read stays in its cell, marked, until you correct it. Grey cells are computed and cannot be typed into. Paste a block copied from Excel with Ctrl+V; copy a block with Ctrl+C.&lt;/p&gt;&lt;h3&gt;Importing figures&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File &amp;gt; Import&lt;/b&gt; to bring in figures from a workbook or a CSV file. Imported cells are tinted; when two sources give a figure for the same cell, the panel under the grid lists them side by side and you choose the one the profile uses. The &lt;b&gt;Data quality&lt;/b&gt; page lists what to check and takes you to each figure.&lt;/p&gt;&lt;h3&gt;Exporting and sharing a draft&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File &amp;gt; Export&lt;/b&gt; writes the report as PDF, Excel workbook or CSV files. &lt;b&gt;File &amp;gt; Prepare draft for email&lt;/b&gt; makes a copy to send to reviewers; their comments go in the review register (step 2.4). Every change is saved at once; Edit &amp;gt; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Trabajar con mpdesk&lt;/h2&gt;&lt;h3&gt;Cómo se desarrolla el ejercicio&lt;/h3&gt;&lt;p&gt;La pestaña &lt;b&gt;Proceso&lt;/b&gt; enumera los pasos de un ejercicio de perfil migratorio, etapa por etapa: constituir el Grupo de Trabajo Técnico (paso 1.3), elegir los módulos del informe (1.4), inventariar las fuentes de datos (1.5), planificar el trabajo (1.6), recopilar y revisar, y luego publicar. Cada paso tiene una lista de verificación, lo que produce y notas. &lt;b&gt;Siguiente&lt;/b&gt; y &lt;b&gt;Atrás&lt;/b&gt; recorren los pasos en orden.&lt;/p&gt;&lt;h3&gt;Introducir cifras&lt;/h3&gt;&lt;p&gt;La pestaña &lt;b&gt;Informe&lt;/b&gt; enumera las secciones del perfil. Cada sección tiene su texto y una cuadrícula de cifras por año; las columnas Indicador y Unidad siguen a la vista mientras se desplazan los años. Escriba una cifra y pulse Intro (abajo) o Tab (derecha). Las cifras se leen tal como se escriben en el idioma del perfil; cuando una cifra puede leerse de dos maneras (como 2.500), mpdesk pregunta en lugar de adivinar. El texto que no puede leerse queda en su celda, marcado, hasta que lo corrija. Las celdas grises son calculadas y no admiten escritura. Pegue un bloque copiado de Excel con Ctrl+V; copie un bloque con Ctrl+C.&lt;/p&gt;&lt;h3&gt;Importar cifras&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;Archivo &amp;gt; Importar&lt;/b&gt; para traer cifras de un libro de Excel o de un archivo CSV. Las celdas importadas aparecen coloreadas; cuando dos fuentes dan una cifra para la misma celda, el panel bajo la cuadrícula las muestra lado a lado y usted elige la que usa el perfil. La página &lt;b&gt;Calidad de los datos&lt;/b&gt; enumera lo que hay que revisar y lo lleva a cada cifra.&lt;/p&gt;&lt;h3&gt;Exportar y compartir un borrador&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Archivo &amp;gt; Exportar&lt;/b&gt; escribe el informe en PDF, libro de Excel o archivos CSV. &lt;b&gt;Archivo &amp;gt; Preparar borrador para correo&lt;/b&gt; hace una copia para enviar a los revisores; sus comentarios van en el registro de comentarios de revisión (paso 2.4). Cada cambio se guarda al instante; Edición &amp;gt; Deshacer (Ctrl+Z) lo revierte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="41"/>
        <source>&lt;h3&gt;The guidance beside the page&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Guidance&lt;/b&gt; pane explains the step or section you are on. Its &lt;b&gt;Hide&lt;/b&gt; button, or F1, folds it into a slim &lt;b&gt;Guidance&lt;/b&gt; strip at the edge of the window; click the strip, or press F1 again, to bring it back. On a small screen the guidance starts folded so that the page has room; once you open or hide it, mpdesk remembers your choice. You can drag the pane by its name to the left or the right edge of the window (the strip goes with it), and drag its border to widen it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Las orientaciones junto a la página&lt;/h3&gt;&lt;p&gt;El panel &lt;b&gt;Orientaciones&lt;/b&gt; explica el paso o la sección en que se encuentra. Su botón &lt;b&gt;Ocultar&lt;/b&gt;, o F1, lo pliega en una franja estrecha &lt;b&gt;Orientaciones&lt;/b&gt; en el borde de la ventana; haga clic en la franja, o vuelva a pulsar F1, para que reaparezca. En una pantalla pequeña las orientaciones empiezan plegadas para dejar sitio a la página; en cuanto las abre o las oculta, mpdesk recuerda su elección. Puede arrastrar el panel por su nombre al borde izquierdo o derecho de la ventana (la franja lo acompaña) y arrastrar su borde para ensancharlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="75"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="75"/>
        <source>In a table while typing: save the cell and edit the next / previous one; otherwise move to the next / previous control</source>
        <translation>En un cuadro mientras escribe: guardar la celda y editar la siguiente / la anterior; si no, pasar al control siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="77"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="77"/>
        <source>Save the cell; in the grid, move down</source>
        <translation>Guardar la celda; en la cuadrícula, bajar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="78"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="78"/>
        <source>Cancel the cell being typed</source>
        <translation>Cancelar la celda que se está escribiendo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="79"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="79"/>
        <source>Edit the current cell</source>
        <translation>Editar la celda actual</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="80"/>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+AvPág / Ctrl+RePág</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="80"/>
        <source>Next / previous step</source>
        <translation>Paso siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="99"/>
        <source>A desktop companion for national Migration Profile exercises, following IOM&apos;s guidance &quot;Migration Profiles: Making the Most of the Process&quot;. It works fully offline.</source>
        <translation>Una herramienta de escritorio para los ejercicios nacionales de perfil migratorio, conforme a la guía de la OIM “Perfiles migratorios: aprovechar al máximo el proceso”. Funciona completamente sin conexión.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="101"/>
        <source>Licence: MIT.</source>
        <translation>Licencia: MIT.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="94"/>
        <source>This profile is the file {path}; everything about it (figures, text, registers, history) is inside that one file.</source>
        <translation>Este perfil es el archivo {path}; todo lo que lo compone (cifras, texto, registros, historial) está dentro de ese único archivo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/help_dialogs.py" line="103"/>
        <source>Your settings (the recent-profiles list) are kept in {path}.</source>
        <translation>Su configuración (la lista de perfiles recientes) se guarda en {path}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../mpdesk/services/values.py" line="189"/>
        <source>None of the figures in {name} belong to indicators of this profile.</source>
        <translation>Ninguna de las cifras de {name} corresponde a indicadores de este perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="191"/>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="107"/>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="157"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="159"/>
        <source>A UN DESA, World Bank, UNHCR or KNOMAD download, a tidy CSV file or a data-request workbook</source>
        <translation>Una descarga del DAES de las Naciones Unidas, del Banco Mundial, del ACNUR o de KNOMAD, un archivo CSV ordenado o un libro de solicitud de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="162"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="163"/>
        <source>&amp;Read the file</source>
        <translation>&amp;Leer el archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="176"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="188"/>
        <source>Tick the indicators to import. Click one to see only its figures.</source>
        <translation>Marque los indicadores que desea importar. Haga clic en uno para ver solo sus cifras.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="193"/>
        <source>Add · change · conflict</source>
        <translation>Añadir · cambiar · conflicto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="194"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="194"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="195"/>
        <source>Indicators in the file</source>
        <translation>Indicadores del archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="206"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="207"/>
        <source>Tick &amp;none</source>
        <translation>Marcar &amp;ninguno</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="232"/>
        <source>Open the import &amp;log</source>
        <translation>Abrir el &amp;registro de importaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="234"/>
        <source>&amp;Import the ticked indicators</source>
        <translation>&amp;Importar los indicadores marcados</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="237"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="298"/>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Se canceló la lectura; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="330"/>
        <location filename="../../mpdesk/ui/import_dialog.py" line="331"/>
        <source>{source}
To add: {added} · Will change: {changed} · Conflicts with another source: {conflicts} · Already in the profile: {unchanged} · Skipped: {skipped}. Nothing is written until you import.</source>
        <translation>{source}
Por añadir: {added} · Por cambiar: {changed} · En conflicto con otra fuente: {conflicts} · Ya en el perfil: {unchanged} · Omitidas: {skipped}. No se escribe nada hasta que importe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="360"/>
        <source>Nothing in this file can be imported into this profile; the Skipped tab says why.</source>
        <translation>Nada de este archivo puede importarse en este perfil; la pestaña Omitidas indica por qué.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="379"/>
        <source>Keep the figures of {source} in use for {indicator}</source>
        <translation>Mantener en uso las cifras de {source} para {indicator}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="381"/>
        <source>The file&apos;s figures are stored as alternatives; the cell&apos;s panel can use them later.</source>
        <translation>Las cifras del archivo se guardan como alternativas; el panel de la celda puede usarlas más adelante.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="461"/>
        <source>To add ({n})</source>
        <translation>Por añadir ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="461"/>
        <source>Will change ({n})</source>
        <translation>Por cambiar ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="461"/>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="462"/>
        <source>Skipped ({n})</source>
        <translation>Omitidas ({n})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="501"/>
        <source>Imported {file}: {added}, {updated}. Edit ▸ Undo removes the whole import, and so does the import log at any later time.</source>
        <translation>Se importó {file}: {added}, {updated}. Edición ▸ Deshacer quita toda la importación, igual que el registro de importaciones en cualquier momento posterior.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="510"/>
        <source>Written to the profile from {file}: {added} and {updated}, {indicators}.</source>
        <translation>Escrito en el perfil desde {file}: {added} y {updated}, {indicators}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/import_dialog.py" line="525"/>
        <source>{n} figure(s) added</source>
        <translation>
            <numerusform>{n} cifra añadida</numerusform>
            <numerusform>{n} cifras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/import_dialog.py" line="526"/>
        <source>{n} changed</source>
        <translation>
            <numerusform>{n} modificada</numerusform>
            <numerusform>{n} modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/import_dialog.py" line="527"/>
        <source>in {n} indicator(s)</source>
        <translation>
            <numerusform>en {n} indicador</numerusform>
            <numerusform>en {n} indicadores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="38"/>
        <source>Choose a data file to import</source>
        <translation>Elija un archivo de datos para importar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="96"/>
        <source>Comparing with the figures already in the profile…</source>
        <translation>Comparando con las cifras que ya están en el perfil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="553"/>
        <source>Import data…</source>
        <translation>Importar datos…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="555"/>
        <source>Read a downloaded file or a ministry&apos;s workbook, see what it would change, then import it (Ctrl+I)</source>
        <translation>Leer un archivo descargado o el libro de un ministerio, ver lo que cambiaría e importarlo (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="558"/>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="39"/>
        <source>Data files ({patterns})</source>
        <translation>Archivos de datos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_dialog.py" line="92"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Imported {file}: {added} figures added, {updated} changed. Edit ▸ Undo removes the whole import, and so does the import log at any later time.</source>
        <translation type="vanished">Se importó {file}: {added} cifras añadidas, {updated} cambiadas. Edición ▸ Deshacer quita toda la importación, igual que el registro de importaciones en cualquier momento posterior.</translation>
    </message>
    <message>
        <source>Written to the profile from {file}: {added} figures added and {updated} changed, in {indicators} indicators.</source>
        <translation type="vanished">Escrito en el perfil desde {file}: {added} datos añadidos y {updated} modificados, en {indicators} indicadores.</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="337"/>
        <source>Removed {removed} figures and restored {restored} earlier figures.</source>
        <translation>Se quitaron {removed} cifras y se restablecieron {restored} cifras anteriores.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="263"/>
        <source>{prefix} is the start of several imports ({ids}); type more of the id.</source>
        <translation>{prefix} es el comienzo de varias importaciones ({ids}); escriba más caracteres del identificador.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="285"/>
        <source>There is no import {id} in this profile; &apos;mpdesk imports FILE&apos; lists them.</source>
        <translation>No existe la importación {id} en este perfil; “mpdesk imports ARCHIVO” las lista.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="289"/>
        <source>The import of {name} was made by an earlier version of mpdesk, which did not record the figures it replaced, so it cannot be removed as a whole.</source>
        <translation>La importación de {name} la hizo una versión anterior de mpdesk, que no registraba las cifras que reemplazaba, así que no puede quitarse por completo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="292"/>
        <source>Remove the import of {name}</source>
        <translation>Quitar la importación de {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/import_log.py" line="340"/>
        <source>{kept} figures changed since the import were kept as they are.</source>
        <translation>{kept} cifras cambiadas desde la importación se conservaron como estaban.</translation>
    </message>
</context>
<context>
    <name>ImportLogPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="43"/>
        <source>Imported from {file}, sheet {sheet}, cell {cell}, on {when}.</source>
        <translation>Importado de {file}, hoja {sheet}, celda {cell}, el {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="49"/>
        <source>Imported from {file} on {when}.</source>
        <translation>Importado de {file} el {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="51"/>
        <source>Open its import</source>
        <translation>Abrir su importación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="69"/>
        <source>Read first from {file}, sheet {sheet}, cell {cell}.</source>
        <translation>Leído primero en {file}, hoja {sheet}, celda {cell}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="73"/>
        <source>Read first from {file}: the sum of column &apos;{column}&apos; on lines {lines}.</source>
        <translation>Leído primero en {file}: la suma de la columna «{column}» en las líneas {lines}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="74"/>
        <source>Read first from {file}, line {lines}, column &apos;{column}&apos;.</source>
        <translation>Leído primero en {file}, línea {lines}, columna «{column}».</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="79"/>
        <source>Read first from {file}.</source>
        <translation>Leído primero en {file}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="82"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="113"/>
        <source>Publisher: {publisher}.</source>
        <translation>Editor: {publisher}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="85"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="116"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="273"/>
        <source>Dataset: {dataset}.</source>
        <translation>Conjunto de datos: {dataset}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="92"/>
        <source>Released on {date}.</source>
        <translation>Publicado el {date}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="95"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="119"/>
        <source>sha256 of the file: {digest}.</source>
        <translation>sha256 del archivo: {digest}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="110"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="275"/>
        <source>The training sample&apos;s figures were read from this file when the sample was built.</source>
        <translation>Las cifras del ejemplo de formación se leyeron de este archivo al construirlo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="128"/>
        <source>Imported from {file} on {when}: the sum of column &apos;{column}&apos; on lines {lines}.</source>
        <translation>Importado de {file} el {when}: la suma de la columna «{column}» en las líneas {lines}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="131"/>
        <source>Imported from {file}, line {lines}, column &apos;{column}&apos;, on {when}.</source>
        <translation>Importado de {file}, línea {lines}, columna «{column}», el {when}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="154"/>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="155"/>
        <source>Import data…</source>
        <translation>Importar datos…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="159"/>
        <source>Every file imported into this profile, newest first. Select one to see the figures that still come from it, or to remove the import as a whole: the figures it replaced come back.</source>
        <translation>Todos los archivos importados en este perfil, del más reciente al más antiguo. Seleccione uno para ver las cifras que aún provienen de él, o para quitar la importación por completo: vuelven las cifras que reemplazó.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="167"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="168"/>
        <source>Added · changed · skipped</source>
        <translation>Añadidas · cambiadas · omitidas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="168"/>
        <source>Figures now</source>
        <translation>Cifras actuales</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="168"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="169"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="170"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="178"/>
        <source>Nothing has been imported yet. Use Import data… (Ctrl+I) or drop a file on the window.</source>
        <translation>Aún no se ha importado nada. Use Importar datos… (Ctrl+I) o suelte un archivo en la ventana.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Disaggregation</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="193"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="194"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="195"/>
        <source>Figures from this import</source>
        <translation>Cifras de esta importación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="199"/>
        <source>&amp;Show the figure in its module</source>
        <translation>&amp;Mostrar la cifra en su módulo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="201"/>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Quitar esta importación…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="212"/>
        <source>Remove it</source>
        <translation>Quitarla</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="213"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
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
        <translation>{file}, importado el {when}. sha256 {digest}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="271"/>
        <source>Imported by {who} (the computer&apos;s login name).</source>
        <translation>Importado por {who} (el nombre de inicio de sesión del equipo).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="276"/>
        <source>Warning: {text}</source>
        <translation>Advertencia: {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="278"/>
        <source>This import was made by an earlier version of mpdesk, which did not record the figures it replaced, so it cannot be removed as a whole.</source>
        <translation>Esta importación la hizo una versión anterior de mpdesk, que no registraba las cifras que reemplazaba, así que no puede quitarse por completo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="318"/>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="319"/>
        <source>Remove the import of {file}? Its {n} figures leave the profile and the figures it replaced come back. Figures typed over since are kept.</source>
        <translation>¿Quitar la importación de {file}? Sus {n} cifras salen del perfil y vuelven las cifras que reemplazó. Se conservan las cifras introducidas después.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/import_log_page.py" line="336"/>
        <source>Edit ▸ Undo brings the import back.</source>
        <translation>Edición ▸ Deshacer restablece la importación.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="vanished">Añadidas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="vanished">Cambiadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="vanished">Omitidas</translation>
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
        <translation>introducida</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="319"/>
        <source>Comparing with the figures already in the profile…</source>
        <translation>Comparando con las cifras que ya están en el perfil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="328"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="102"/>
        <source>{indicator}: with this file, the report&apos;s series uses {source} instead of {old} for {years}; the figures of {old} are kept as alternatives.</source>
        <translation>{indicator}: con este archivo, la serie del informe usa {source} en lugar de {old} para {years}; las cifras de {old} se conservan como alternativas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="122"/>
        <source>{indicator}: {count} of the figures to add ({years}) stay outside the report&apos;s printed series, which uses {series}; to print them, use a {source} figure for this series (the cell&apos;s panel, Use the selected figure).</source>
        <translation>{indicator}: {count} de las cifras por añadir ({years}) quedan fuera de la serie impresa en el informe, que usa {series}; para imprimirlas, use una cifra de {source} para esta serie (panel de la celda, Usar la cifra seleccionada).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="184"/>
        <source>This file was already imported on {date}; importing it again changes {count} figures.</source>
        <translation>Este archivo ya se importó el {date}; importarlo de nuevo modifica {count} datos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="385"/>
        <source>Entries of the file that hold no usable figure (empty or damaged cells, or no data).</source>
        <translation>Entradas del archivo que no contienen ninguna cifra utilizable (celdas vacías o dañadas, o sin datos).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="126"/>
        <location filename="../../mpdesk/imports/preview.py" line="560"/>
        <source>another source</source>
        <translation>otra fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="172"/>
        <source>This file was already imported on {date}; importing it again changes nothing, but one of its figures differs from a figure the team typed (see Conflicts).</source>
        <translation>Este archivo ya se importó el {date}; importarlo de nuevo no cambia nada, pero una de sus cifras difiere de una cifra introducida por el equipo (véase Conflictos).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="175"/>
        <source>This file was already imported on {date}; importing it again changes nothing, but {count} of its figures differ from figures the team typed (see Conflicts).</source>
        <translation>Este archivo ya se importó el {date}; importarlo de nuevo no cambia nada, pero {count} de sus cifras difieren de cifras introducidas por el equipo (véase Conflictos).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="179"/>
        <source>This file was already imported on {date}; importing it again changes nothing.</source>
        <translation>Este archivo ya se importó el {date}; importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="182"/>
        <source>This file was already imported on {date}; importing it again changes one figure.</source>
        <translation>Este archivo ya se importó el {date}; importarlo de nuevo modifica un dato.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="617"/>
        <source>Nothing to import from {file}: none of its figures belong to the indicators of this profile that were chosen.</source>
        <translation>Nada que importar de {file}: ninguna de sus cifras corresponde a los indicadores elegidos de este perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="247"/>
        <source>mpdesk does not know the layout of {name}. Say which column holds the year, the value and the breakdowns, and which indicator it is; mpdesk remembers it for the next file in this layout.</source>
        <translation>mpdesk no conoce la disposición de {name}. Indique qué columna contiene el año, el valor y las desagregaciones, y de qué indicador se trata; mpdesk lo recordará para el próximo archivo con esta disposición.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="363"/>
        <source>{key}: this profile does not use this indicator.</source>
        <translation>{key}: este perfil no usa este indicador.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="366"/>
        <source>{name}: mpdesk computes this indicator from others, so the file&apos;s figures are not stored.</source>
        <translation>{name}: mpdesk calcula este indicador a partir de otros, así que las cifras del archivo no se guardan.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/preview.py" line="613"/>
        <source>{file} holds no figures for {keys}.</source>
        <translation>{file} no tiene cifras para {keys}.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../mpdesk/ui/jobs.py" line="91"/>
        <source>The work stopped because of an unexpected problem ({why}). Nothing you saved was changed; try again, and if it happens again send this sentence to your support contact.</source>
        <translation>El trabajo se detuvo por un problema inesperado ({why}). No se modificó nada de lo que había guardado; inténtelo de nuevo y, si vuelve a ocurrir, envíe esta frase a su contacto de soporte.</translation>
    </message>
</context>
<context>
    <name>KeyFiguresModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="60"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="61"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="61"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="79"/>
        <source>Since {year}</source>
        <translation>Desde {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/dashboard_page.py" line="83"/>
        <source>no figure yet</source>
        <translation>aún no hay cifra</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="60"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="64"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="69"/>
        <source>Same as the system ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="78"/>
        <source>&amp;Profile language…</source>
        <translation>Idioma del &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="90"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="91"/>
        <source>mpdesk will speak {language} from its next start. Restart mpdesk now? The open profile is saved and opens again.</source>
        <translation>mpdesk usará el {language} a partir del próximo inicio. ¿Reiniciar mpdesk ahora? El perfil abierto ya está guardado y se volverá a abrir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="95"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="96"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="90"/>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="313"/>
        <source>{name}: {reason}.</source>
        <translation>{name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="370"/>
        <source>This profile was upgraded to the current format; a backup of the original is at {path}.</source>
        <translation>Este perfil se actualizó al formato actual; hay una copia de seguridad del original en {path}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="377"/>
        <location filename="../../mpdesk/ui/main_window.py" line="519"/>
        <source>All changes saved — {time}</source>
        <translation>Todos los cambios guardados — {time}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="378"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="436"/>
        <source>The sample profile could not be written: {why}</source>
        <translation>No se pudo escribir el perfil de ejemplo: {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="448"/>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="456"/>
        <source>A copy was saved as {path}</source>
        <translation>Se guardó una copia como {path}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="511"/>
        <source>About mpdesk</source>
        <translation>Acerca de mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/main_window.py" line="515"/>
        <source>mpdesk</source>
        <translation>mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="131"/>
        <source>(no recent profiles)</source>
        <translation>(no hay perfiles recientes)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="38"/>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="39"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="40"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="43"/>
        <source>Open the &amp;sample profile</source>
        <translation>Abrir el perfil de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="45"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="46"/>
        <source>Import &amp;log</source>
        <translation>Re&amp;gistro de importaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="48"/>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="50"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="51"/>
        <source>Prepare &amp;draft for email…</source>
        <translation>Preparar &amp;borrador para correo…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="53"/>
        <source>&amp;Close profile</source>
        <translation>Cerrar &amp;perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="60"/>
        <location filename="../../mpdesk/ui/window_menus.py" line="138"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="61"/>
        <location filename="../../mpdesk/ui/window_menus.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="72"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="73"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="73"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="74"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="76"/>
        <source>&amp;Find a step, section or indicator…</source>
        <translation>&amp;Buscar un paso, una sección o un indicador…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="88"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="90"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="116"/>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="122"/>
        <source>&amp;About mpdesk</source>
        <translation>&amp;Acerca de mpdesk</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="138"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="139"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="20"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="22"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/window_menus.py" line="23"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>mpdesk was not closed normally last time. Nothing was lost: every edit up to {when} was saved.</source>
        <translation type="vanished">mpdesk no se cerró normalmente la última vez. No se perdió nada: se guardaron todos los cambios hasta {when}.</translation>
    </message>
    <message>
        <source>mpdesk {version}

A desktop companion for national Migration Profile exercises, following IOM&apos;s guidance &quot;Migration Profiles: Making the Most of the Process&quot;. It works fully offline; each profile is one file.</source>
        <translation type="vanished">mpdesk {version}

Una herramienta de escritorio para los ejercicios nacionales de perfil migratorio, conforme a la guía de la OIM “Perfiles migratorios: aprovechar al máximo el proceso”. Funciona completamente sin conexión; cada perfil es un solo archivo.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="64"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="66"/>
        <source>&amp;Year column:</source>
        <translation>Columna del &amp;año:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="66"/>
        <source>&amp;Value column:</source>
        <translation>Columna del &amp;valor:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="67"/>
        <source>&amp;Sex column:</source>
        <translation>Columna del &amp;sexo:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="67"/>
        <source>&amp;Age group column:</source>
        <translation>Columna del &amp;grupo de edad:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="68"/>
        <source>&amp;Partner country column:</source>
        <translation>Columna del &amp;país socio:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="68"/>
        <source>S&amp;ource column:</source>
        <translation>Columna de la &amp;fuente:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="80"/>
        <source>&amp;Read with these columns</source>
        <translation>&amp;Leer con estas columnas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_mapping_panel.py" line="88"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../mpdesk/ui/widgets.py" line="43"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/widgets.py" line="44"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ModuleMenuModel</name>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="68"/>
        <source>Report section</source>
        <translation>Sección del informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="68"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="68"/>
        <source>Reason (if left out or added)</source>
        <translation>Motivo (si se excluye o se añade)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="114"/>
        <source>Added by the team</source>
        <translation>Añadida por el equipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="116"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="118"/>
        <source>Extended profile</source>
        <translation>Perfil ampliado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_menu.py" line="119"/>
        <source>Core</source>
        <translation>Esencial</translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="80"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="93"/>
        <source>Filled in at step {step}; the report prints it here. A change made on this page is made there too.</source>
        <translation>Se completa en el paso {step}; el informe lo imprime aquí. Un cambio hecho en esta página se hace también allí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="95"/>
        <source>Open step {key}</source>
        <translation>Abrir el paso {key}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="119"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/module_page.py" line="130"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="182"/>
        <location filename="../../mpdesk/ui/wizard.py" line="188"/>
        <source>Report modules</source>
        <translation>Módulos del informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="183"/>
        <source>The template menu: untick what this profile will not cover, tick optional modules you want. You can change this later in step 1.4.</source>
        <translation>El menú de la plantilla: desmarque lo que este perfil no cubrirá y marque los módulos opcionales que desee. Puede cambiarlo más tarde en el paso 1.4.</translation>
    </message>
</context>
<context>
    <name>ModulesPart</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="101"/>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="107"/>
        <source>Report modules</source>
        <translation>Módulos del informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="102"/>
        <source>Tick the sections this profile will contain. Optional modules are off by default; say why a core section is left out.</source>
        <translation>Marque las secciones que contendrá este perfil. Los módulos opcionales están desmarcados por defecto; indique por qué se excluye una sección esencial.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="74"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="74"/>
        <source>Start the line with ## (a heading)</source>
        <translation>Empezar la línea con ## (un título)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="75"/>
        <source>Bullet list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="75"/>
        <source>Start the line with - (a list item)</source>
        <translation>Empezar la línea con - (un elemento de lista)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="76"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="76"/>
        <source>Wrap the selection in **…**</source>
        <translation>Encerrar la selección entre **…**</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="77"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="77"/>
        <source>Wrap the selection in *…*</source>
        <translation>Encerrar la selección entre *…*</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="85"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="95"/>
        <source>Write this section&apos;s text here. It is saved as you type.</source>
        <translation>Escriba aquí el texto de esta sección. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="96"/>
        <source>Text of this section</source>
        <translation>Texto de esta sección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="99"/>
        <source>Preview of this section&apos;s text</source>
        <translation>Vista previa del texto de esta sección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="154"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/narrative_editor.py" line="130"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="63"/>
        <location filename="../../mpdesk/ui/navigator.py" line="66"/>
        <source>Overall progress</source>
        <translation>Avance general</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="73"/>
        <source>Process steps</source>
        <translation>Pasos del proceso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="74"/>
        <source>Report sections</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="77"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="78"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="115"/>
        <source>Stage {key} · {title}</source>
        <translation>Etapa {key} · {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="138"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/navigator.py" line="139"/>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
</context>
<context>
    <name>NewProfileWizard</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="210"/>
        <source>New Migration Profile</source>
        <translation>Nuevo perfil migratorio</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="216"/>
        <source>Create and save…</source>
        <translation>Crear y guardar…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="238"/>
        <source>Save the new profile as</source>
        <translation>Guardar el nuevo perfil como</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="232"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="263"/>
        <source>estimate; GDP from IMF World Economic Outlook</source>
        <translation>estimación; PIB de Perspectivas de la economía mundial del FMI</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="150"/>
        <source>Model estimate</source>
        <translation>Estimación por modelo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="152"/>
        <source>Mid-{year} stocks: the matrix titled {title} is based on UN DESA&apos;s estimates for mid-{year}</source>
        <translation>Stocks a mitad de {year}: la matriz titulada {title} se basa en las estimaciones del DAES de las Naciones Unidas para mediados de {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="152"/>
        <source>Source given: {text}</source>
        <translation>Fuente indicada: {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="235"/>
        <source>Mid-year estimate; includes asylum seekers</source>
        <translation>Estimación a mitad de año; incluye a los solicitantes de asilo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="244"/>
        <source>Basis: {basis} (UN DESA type of data &apos;{code}&apos;)</source>
        <translation>Base: {basis} (tipo de datos del DAES «{code}»)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="284"/>
        <source>UN WPP {revision} projection</source>
        <translation>proyección de las WPP {revision} de las Naciones Unidas</translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="216"/>
        <source>Notes on this step</source>
        <translation>Notas sobre este paso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="217"/>
        <source>Decisions, contacts, things to follow up…</source>
        <translation>Decisiones, contactos, asuntos pendientes…</translation>
    </message>
</context>
<context>
    <name>OpeningPreview</name>
    <message>
        <location filename="../../mpdesk/ui/preview.py" line="33"/>
        <source>Opening {title}…</source>
        <translation>Abriendo {title}…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/preview.py" line="39"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/preview.py" line="41"/>
        <source>Stage {key} · {title}</source>
        <translation>Etapa {key} · {title}</translation>
    </message>
</context>
<context>
    <name>PageFactory</name>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="46"/>
        <source>This page is not available in this version of mpdesk. Its guidance is shown below; everything already entered is kept in the file.</source>
        <translation>Esta página no está disponible en esta versión de mpdesk. Sus orientaciones se muestran abajo; todo lo ya introducido se conserva en el archivo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="50"/>
        <source>This page could not be opened because of an error in mpdesk. Nothing was lost; please report the problem to the mpdesk team.</source>
        <translation>Esta página no pudo abrirse por un error de mpdesk. No se perdió nada; informe del problema al equipo de mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="58"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/page_factory.py" line="60"/>
        <source>Import log</source>
        <translation>Registro de importaciones</translation>
    </message>
</context>
<context>
    <name>PendingText</name>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="73"/>
        <source>These cells hold text that could not be read as a figure; it is not saved:</source>
        <translation>Estas celdas contienen un texto que no se pudo leer como cifra; no está guardado:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="74"/>
        <source>Go back to correct them, or leave without them (the text is lost).</source>
        <translation>Vuelva para corregirlas, o salga sin ellas (el texto se pierde).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="52"/>
        <source>Text not saved</source>
        <translation>Texto no guardado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="55"/>
        <source>Go back to correct</source>
        <translation>Volver a corregir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="56"/>
        <source>Quit without them</source>
        <translation>Salir sin ellas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="56"/>
        <source>Close the profile without them</source>
        <translation>Cerrar el perfil sin ellas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pending_text.py" line="32"/>
        <source>{where}: “{text}”</source>
        <translation>{where}: «{text}»</translation>
    </message>
</context>
<context>
    <name>PrintingWarning</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="173"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="174"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="175"/>
        <source>Change those entries, or untick their modules, then export again</source>
        <translation>Cambie esas entradas o desmarque sus módulos y vuelva a exportar</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="54"/>
        <source>The edition year must be between 1990 and 2100.</source>
        <translation>El año de la edición debe estar entre 1990 y 2100.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="63"/>
        <source>A profile is either basic or extended.</source>
        <translation>Un perfil es básico o ampliado.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="67"/>
        <location filename="../../mpdesk/services/profile.py" line="182"/>
        <source>The reference period starts after it ends.</source>
        <translation>El período de referencia empieza después de terminar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="90"/>
        <source>This profile&apos;s language ({lang}) is not complete in mpdesk yet: its report is written in English. Choose English, French or Spanish under Settings &gt; Profile language.</source>
        <translation>El idioma de este perfil ({lang}) aún no está completo en mpdesk: su informe se redacta en inglés. Elija inglés, francés o español en Configuración &gt; Idioma del perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="177"/>
        <source>Edit profile details</source>
        <translation>Editar los datos del perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="153"/>
        <source>Create profile</source>
        <translation>Crear el perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="208"/>
        <source>Include {section}</source>
        <translation>Incluir {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="208"/>
        <source>Leave out {section}</source>
        <translation>Excluir {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="51"/>
        <source>&apos;{code}&apos; is not an ISO 3166 alpha-3 country code (for example KEN for Kenya).</source>
        <translation>“{code}” no es un código de país ISO 3166 alfa-3 (por ejemplo, KEN para Kenia).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="56"/>
        <source>The edition year {year} is more than a year ahead; give the year the profile is published, at most {latest}.</source>
        <translation>El año de edición {year} está a más de un año vista; indique el año en que se publica el perfil, como máximo {latest}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="60"/>
        <location filename="../../mpdesk/services/profile.py" line="175"/>
        <source>&apos;{lang}&apos; is not a supported language; choose one of {langs}.</source>
        <translation>“{lang}” no es un idioma admitido; elija uno de {langs}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="173"/>
        <source>&apos;{field}&apos; cannot be changed here.</source>
        <translation>“{field}” no puede modificarse aquí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="206"/>
        <location filename="../../mpdesk/services/profile.py" line="223"/>
        <source>There is no report section &apos;{key}&apos;.</source>
        <translation>No existe la sección del informe “{key}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/profile.py" line="225"/>
        <source>Edit text of {section}</source>
        <translation>Editar el texto de {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/publication.py" line="67"/>
        <source>&apos;{field}&apos; is not a publication detail.</source>
        <translation>“{field}” no es un dato de publicación.</translation>
    </message>
    <message>
        <source>Migration Profile of {country} {year}</source>
        <translation type="vanished">Perfil migratorio de {country} {year}</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="85"/>
        <source>{name} is not an mpdesk profile: its name ends in .mpdesk, but its content is not an mpdesk database (it may be another kind of file that was renamed, or a damaged copy). Open another copy of the profile.</source>
        <translation>{name} no es un perfil de mpdesk: su nombre termina en .mpdesk, pero su contenido no es una base de datos de mpdesk (puede ser otro tipo de archivo renombrado o una copia dañada). Abra otra copia del perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="159"/>
        <source>{name} is damaged and cannot be read ({why}). Open an earlier copy of the profile.</source>
        <translation>{name} está dañado y no puede leerse ({why}). Abra una copia anterior del perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="56"/>
        <source>{name} is a folder, not an mpdesk profile file.</source>
        <translation>{name} es una carpeta, no un archivo de perfil de mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="58"/>
        <source>{name} is not an ordinary file (it is a device or a pipe), so it cannot be a profile.</source>
        <translation>{name} no es un archivo normal (es un dispositivo o una tubería), así que no puede ser un perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="77"/>
        <source>{name} is not an mpdesk profile: it is not a database file. Choose a file with the .mpdesk extension.</source>
        <translation>{name} no es un perfil de mpdesk: no es un archivo de base de datos. Elija un archivo con la extensión .mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="80"/>
        <source>{name} is not an mpdesk profile: the file is empty. Open another copy of the profile, or create a new one.</source>
        <translation>{name} no es un perfil de mpdesk: el archivo está vacío. Abra otra copia del perfil o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="83"/>
        <source>{name} is not an mpdesk profile: it is a text file that was given the .mpdesk extension. Open the profile itself (mpdesk writes it as a database file), or create a new one.</source>
        <translation>{name} no es un perfil de mpdesk: es un archivo de texto al que se dio la extensión .mpdesk. Abra el perfil en sí (mpdesk lo guarda como un archivo de base de datos) o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="109"/>
        <source>{name} is damaged: the file is shorter than it should be, as if a copy or download was cut short. Open an earlier copy or ask the sender to send it again.</source>
        <translation>{name} está dañado: el archivo es más corto de lo que debería, como si una copia o una descarga se hubiera interrumpido. Abra una copia anterior o pida al remitente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="130"/>
        <source>{name} was being saved when mpdesk or the computer stopped, and the unfinished save can only be undone where the file can be written. Copy {name} together with {name}-journal to a folder you can write to and open it there.</source>
        <translation>{name} se estaba guardando cuando mpdesk o la computadora se detuvieron, y el guardado inconcluso solo puede deshacerse donde el archivo pueda escribirse. Copie {name} junto con {name}-journal en una carpeta en la que pueda escribir y ábralo allí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="151"/>
        <source>{name} cannot be opened because the disk is full. Free some space and open it again; nothing in the file has been lost.</source>
        <translation>{name} no puede abrirse porque el disco está lleno. Libere espacio y vuelva a abrirlo; no se ha perdido nada del archivo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="154"/>
        <source>{name} cannot be opened for editing because the file or its folder is read-only. Copy it to a folder you can write to (for example Documents) and open it there.</source>
        <translation>{name} no puede abrirse para editar porque el archivo o su carpeta es de solo lectura. Cópielo en una carpeta en la que pueda escribir (por ejemplo, Documentos) y ábralo allí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="157"/>
        <source>{name} is being written by another program. Close that program and open the file again.</source>
        <translation>Otro programa está escribiendo {name}. Cierre ese programa y vuelva a abrir el archivo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="192"/>
        <source>{name} is read-only, and mpdesk saves every edit at once. Copy the file to a folder you can write to (for example Documents), or remove the read-only setting, then open it again.</source>
        <translation>{name} es de solo lectura, y mpdesk guarda cada cambio al instante. Copie el archivo en una carpeta en la que pueda escribir (por ejemplo, Documentos) o quite el atributo de solo lectura, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="196"/>
        <source>The folder {folder} cannot be written to, and mpdesk saves every edit at once. Copy {name} to a folder you can write to (for example Documents) and open it there.</source>
        <translation>No se puede escribir en la carpeta {folder}, y mpdesk guarda cada cambio al instante. Copie {name} en una carpeta en la que pueda escribir (por ejemplo, Documentos) y ábralo allí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="53"/>
        <location filename="../../mpdesk/models/inspect_file.py" line="68"/>
        <source>The file {name} cannot be read ({why}). Check that you have permission to open it.</source>
        <translation>No se puede leer el archivo {name} ({why}). Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="167"/>
        <source>{name} is damaged: its database structure failed the integrity check. Open an earlier copy or the backup made before the last upgrade.</source>
        <translation>{name} está dañado: la estructura de su base de datos no superó el control de integridad. Abra una copia anterior o la copia de seguridad hecha antes de la última actualización.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="172"/>
        <source>{name} is a database, but not an mpdesk profile. Choose a file created by mpdesk.</source>
        <translation>{name} es una base de datos, pero no un perfil de mpdesk. Elija un archivo creado con mpdesk.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="175"/>
        <source>{name} is damaged: it does not say which version of mpdesk wrote it. Open an earlier copy of the profile, or the backup made before the last upgrade.</source>
        <translation>{name} está dañado: no indica qué versión de mpdesk lo escribió. Abra una copia anterior del perfil o la copia de seguridad hecha antes de la última actualización.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="180"/>
        <source>{name} is damaged: part of it is missing (the table {table}). Open an earlier copy of the profile.</source>
        <translation>{name} está dañado: falta una parte (la tabla {table}). Abra una copia anterior del perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="49"/>
        <source>{name} is a link that points back to itself, so there is no file to open.</source>
        <translation>{name} es un enlace que apunta a sí mismo, así que no hay ningún archivo que abrir.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/inspect_file.py" line="51"/>
        <source>The file {name} does not exist in {folder}. It may have been moved, renamed or deleted.</source>
        <translation>El archivo {name} no existe en {folder}. Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="370"/>
        <source>{name} needs upgrading, but its folder already holds too many backup copies. Move some away and try again.</source>
        <translation>{name} debe actualizarse, pero su carpeta ya tiene demasiadas copias de seguridad. Mueva algunas a otro lugar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="200"/>
        <source>{name} is already open in another mpdesk window. Switch to that window, or close it before opening the file here.</source>
        <translation>{name} ya está abierto en otra ventana de mpdesk. Cambie a esa ventana o ciérrela antes de abrir el archivo aquí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="237"/>
        <source>{name} already exists. Choose another name, or open it instead.</source>
        <translation>{name} ya existe. Elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="240"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="305"/>
        <source>{name} was saved by a newer version of mpdesk (file format {found}); this version reads formats up to {latest}. Install the latest mpdesk to open it; the file has not been changed.</source>
        <translation>{name} se guardó con una versión más reciente de mpdesk (formato de archivo {found}); esta versión lee formatos hasta el {latest}. Instale la última versión de mpdesk para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="310"/>
        <source>{name} is damaged: it says it is in file format {found}, which no mpdesk ever wrote. Open an earlier copy of the profile; the file has not been changed.</source>
        <translation>{name} está dañado: indica el formato de archivo {found}, que ninguna versión de mpdesk ha escrito nunca. Abra una copia anterior del perfil; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="197"/>
        <source>mpdesk cannot open {name}: {why}.</source>
        <translation>mpdesk no puede abrir {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="245"/>
        <source>mpdesk could not write {name} in {folder}: {why}. Check that the disk has free space and that you can write to the folder.</source>
        <translation>mpdesk no pudo escribir {name} en {folder}: {why}. Compruebe que el disco tenga espacio libre y que pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="397"/>
        <source>mpdesk could not upgrade {name} to the new file format. {why} The file is still in its old format, and the copy made before the upgrade is kept as {backup}.</source>
        <translation>mpdesk no pudo actualizar {name} al nuevo formato de archivo. {why} El archivo sigue en su formato anterior, y la copia hecha antes de la actualización se conserva como {backup}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/profile_file.py" line="365"/>
        <source>{name} needs upgrading, but mpdesk could not write a backup copy first ({why}). Free some disk space and try again; the file has not been changed.</source>
        <translation>{name} debe actualizarse, pero mpdesk no pudo hacer antes una copia de seguridad ({why}). Libere espacio en el disco e inténtelo de nuevo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="142"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="133"/>
        <source>yes (1) or no (0)</source>
        <translation>sí (1) o no (0)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="135"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="137"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="139"/>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="141"/>
        <source>JSON text</source>
        <translation>texto JSON</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="147"/>
        <source>nothing (NULL)</source>
        <translation>un valor vacío (NULL)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="149"/>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <location filename="../../mpdesk/models/validate.py" line="68"/>
        <source>{name} cannot be opened: row {row} of the table &apos;{table}&apos; holds {value} in the column &apos;{column}&apos;, where {expected} belongs. The file was changed outside mpdesk; open an earlier copy of the profile. The file has not been changed.</source>
        <translation>No se puede abrir {name}: la fila {row} de la tabla «{table}» contiene {value} en la columna «{column}», donde corresponde {expected}. El archivo se modificó fuera de mpdesk; abra una copia anterior del perfil. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}.</source>
        <translation type="vanished">No se puede abrir {name}: {why}.</translation>
    </message>
    <message>
        <source>{name} is damaged: it does not say which version of mpdesk wrote it.</source>
        <translation type="vanished">{name} está dañado: no indica qué versión de mpdesk lo escribió.</translation>
    </message>
    <message>
        <source>mpdesk cannot create {name} in {folder}: {why}. Choose a folder you can write to, such as Documents.</source>
        <translation type="vanished">mpdesk no puede crear {name} en {folder}: {why}. Elija una carpeta en la que pueda escribir, como Documentos.</translation>
    </message>
    <message>
        <source>mpdesk could not write {name}: {why}. Check that the disk has free space and that you can write to the folder.</source>
        <translation type="vanished">mpdesk no pudo escribir {name}: {why}. Compruebe que el disco tenga espacio libre y que pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>mpdesk could not upgrade {name} ({why}). The file has been left as it was.</source>
        <translation type="vanished">mpdesk no pudo actualizar {name} ({why}). El archivo se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>ProfileLanguageDialog</name>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="136"/>
        <source>Profile language</source>
        <translation>Idioma del perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="139"/>
        <source>The report, the PDF and the workbook of this profile are written in this language, and its figures and dates are written as it writes them. Everything else on screen (menus, guidance, indicator names) keeps the interface language.</source>
        <translation>El informe, el PDF y el libro de este perfil se redactan en este idioma, y sus cifras y fechas se escriben como él las escribe. Todo lo demás en pantalla (menús, orientaciones, nombres de indicadores) mantiene el idioma de la interfaz.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="149"/>
        <source>Language of the profile</source>
        <translation>Idioma del perfil</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/language_settings.py" line="150"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The report, the PDF and the workbook of this profile are written in this language, and its guidance is shown in it. The menus and buttons keep the interface language.</source>
        <translation type="vanished">El informe, el PDF y el libro de Excel de este perfil se redactan en este idioma, y sus orientaciones se muestran en él. Los menús y botones conservan el idioma de la interfaz.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="71"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="72"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="73"/>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Paso anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="74"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="76"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="77"/>
        <location filename="../../mpdesk/ui/profile_view.py" line="168"/>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Paso siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="160"/>
        <source>← Back to step {key}</source>
        <translation>← Volver al paso {key}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="161"/>
        <source>Return to the step you were working on</source>
        <translation>Volver al paso en el que estaba trabajando</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="164"/>
        <source>Export the report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="165"/>
        <source>The last step: export the report as PDF, Excel or CSV (Ctrl+E)</source>
        <translation>El último paso: exportar el informe en PDF, Excel o CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/profile_view.py" line="167"/>
        <source>Next: {key} →</source>
        <translation>Siguiente: {key} →</translation>
    </message>
    <message>
        <source>Back to step {key} →</source>
        <translation type="vanished">Volver al paso {key} →</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../mpdesk/ui/qt_gaps.py" line="11"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/qt_gaps.py" line="12"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="462"/>
        <source>To print the years of {other} instead, open the figure for {year}, which both sources give, and use the one from {other}: the whole series then takes that source.</source>
        <translation>Para imprimir en su lugar los años de {other}, abra el dato de {year}, que dan ambas fuentes, y use el de {other}: toda la serie toma entonces esa fuente.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="465"/>
        <source>To print one of these figures, type it in its cell with its source.</source>
        <translation>Para imprimir uno de estos datos, escríbalo en su celda con su fuente.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="728"/>
        <source>The threshold for changes per year must be between 1% and 1,000%.</source>
        <translation>El umbral de la variación por año debe estar entre el 1 % y el 1000 %.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="729"/>
        <source>Set the threshold for changes per year</source>
        <translation>Fijar el umbral de la variación por año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="82"/>
        <source>{name} for {year}</source>
        <translation>{name} para {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="219"/>
        <source>{name}: for {years} the total is from {total_source} and women and men from {split_source}; figures from different sources need not add up, and are not compared.</source>
        <translation>{name}: para {years}, el total procede de {total_source} y las mujeres y los hombres de {split_source}; las cifras de fuentes distintas no tienen por qué sumar y no se comparan.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="228"/>
        <source>{where}: women ({female}) plus men ({male}) make {sum}, but the total is {total}. Check that the three figures come from the same source and date.</source>
        <translation>{where}: las mujeres ({female}) más los hombres ({male}) suman {sum}, pero el total es {total}. Compruebe que las tres cifras provienen de la misma fuente y fecha.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="294"/>
        <source>partner countries</source>
        <translation>países socios</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="294"/>
        <source>age groups</source>
        <translation>grupos de edad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="294"/>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="296"/>
        <source>{where}: the {what} add up to {parts}, more than the total of {total}. A part may be counted twice, or the total may come from another source.</source>
        <translation>{where}: las cifras por {what} suman {parts}, más que el total de {total}. Puede que una parte se cuente dos veces o que el total provenga de otra fuente.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="363"/>
        <source>{where}, the sources disagree for {years}; the largest difference, {difference}, is in {year}: {listed}. The profile now uses {chosen}; choose the figure the team retains.</source>
        <translation>{where}: las fuentes no coinciden en {years}; la mayor diferencia, {difference}, está en {year}: {listed}. El perfil usa ahora {chosen}; elija la cifra que el equipo conserva.</translation>
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
        <translation>sin fuente</translation>
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
        <translation>{name} tiene {n} cifra(s) sin fuente ({years}). Añada la fuente para que los lectores puedan verificarlas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="368"/>
        <source>the figure without source</source>
        <translation>la cifra sin fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="419"/>
        <source>{where}: figures are left out because the series uses another source ({main}): {listed}. The report prints &apos;..&apos; for those years.</source>
        <translation>{where}: se dejan de lado datos porque la serie usa otra fuente ({main}): {listed}. El informe imprime «..» para esos años.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="520"/>
        <source>{where}: {figure} is {change} compared with the previous figure ({previous} in {year}). Check the figure, or explain the change in the text.</source>
        <translation>{where}: {figure} varía un {change} respecto del dato anterior ({previous} en {year}). Compruebe la cifra o explique la variación en el texto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="523"/>
        <source>{where}: {figure} is {change} compared with the previous figure ({previous} in {year}), {yearly} a year over {gap} years. Check the figure, or explain the change in the text.</source>
        <translation>{where}: {figure} varía un {change} respecto del dato anterior ({previous} en {year}), un {yearly} por año en {gap} años. Compruebe la cifra o explique la variación en el texto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="568"/>
        <source>{name} for {years} divides figures from different population series: {used}. Use the same series for numerator and denominator, or say so in a note.</source>
        <translation>{name} para {years} divide cifras de series de población distintas: {used}. Use la misma serie para el numerador y el denominador, o indíquelo en una nota.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="155"/>
        <source>{where} comes out at {figure}, outside 0-100: check the figures it is computed from ({formula}).</source>
        <translation>{where} resulta en {figure}, fuera de 0-100: compruebe las cifras a partir de las que se calcula ({formula}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="315"/>
        <source>{name} has figures for {years}, outside the reference period {start}-{end}; they are kept, but say in the text why they are shown.</source>
        <translation>{name} tiene cifras para {years}, fuera del período de referencia {start}-{end}; se conservan, pero explique en el texto por qué se muestran.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="359"/>
        <source>{figure} ({source})</source>
        <translation>{figure} ({source})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="394"/>
        <source>{where}: the series mixes sources. It uses {main}, but {listed}. Use one source for the whole series, or say why in a note.</source>
        <translation>{where}: la serie mezcla fuentes. Usa {main}, pero {listed}. Use una sola fuente para toda la serie, o explique por qué en una nota.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="606"/>
        <source>Section {title} is in the report but has no figures yet.</source>
        <translation>La sección {title} está en el informe pero aún no tiene cifras.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="609"/>
        <source>Section {title} is in the report but has no text yet.</source>
        <translation>La sección {title} está en el informe pero aún no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="389"/>
        <location filename="../../mpdesk/services/quality.py" line="416"/>
        <source>{source} for {years}</source>
        <translation>{source} para {years}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="566"/>
        <source>{name} from {source}</source>
        <translation>{name} según {source}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/quality.py" line="123"/>
        <source>{where}: {figure} ({source}). {why}</source>
        <translation>{where}: {figure} ({source}). {why}</translation>
    </message>
    <message>
        <source>The threshold for year-on-year changes must be between 1% and 1,000%.</source>
        <translation type="vanished">El umbral de las variaciones interanuales debe estar entre el 1 % y el 1000 %.</translation>
    </message>
    <message>
        <source>Set threshold for year-on-year changes</source>
        <translation type="vanished">Fijar el umbral de las variaciones interanuales</translation>
    </message>
    <message>
        <source>{where}: {figure} is {change} from {previous} in {year}. Check the figure, or explain the change in the text.</source>
        <translation type="vanished">{where}: {figure} varía un {change} respecto de {previous} en {year}. Compruebe la cifra o explique la variación en el texto.</translation>
    </message>
    <message>
        <source>The series keeps {main} because the team chose it.</source>
        <translation type="vanished">La serie mantiene {main} porque el equipo la eligió.</translation>
    </message>
    <message>
        <source>The series keeps {main} because {other} gives no figure in the reference period.</source>
        <translation type="vanished">La serie mantiene {main} porque {other} no da ningún dato en el período de referencia.</translation>
    </message>
    <message>
        <source>The series keeps {main} because it gives both the total and the split by sex (its total adds up to its women and men).</source>
        <translation type="vanished">La serie mantiene {main} porque esa fuente da a la vez el total y el desglose por sexo (su total es la suma de sus mujeres y sus hombres).</translation>
    </message>
    <message>
        <source>The series keeps {main} because the catalogue lists it before {other} for this indicator.</source>
        <translation type="vanished">La serie mantiene {main} porque el catálogo cita esa fuente antes que {other} para este indicador.</translation>
    </message>
    <message>
        <source>The series keeps {main} because it gives more years of the reference period than {other}.</source>
        <translation type="vanished">La serie mantiene {main} porque esa fuente da más años del período de referencia que {other}.</translation>
    </message>
    <message>
        <source>The series keeps {main} because it was imported first and {other} ranks the same.</source>
        <translation type="vanished">La serie mantiene {main} porque esa fuente se importó primero y {other} tiene el mismo rango.</translation>
    </message>
    <message>
        <source>{other} is an older release of the series&apos; dataset: within the years the newer release gives, its figures are kept as history only.</source>
        <translation type="vanished">{other} es una edición anterior del conjunto de datos de la serie: en los años que da la edición más reciente, sus datos se conservan solo como historial.</translation>
    </message>
    <message>
        <source>{number} {title}</source>
        <translation type="vanished">{number} {title}</translation>
    </message>
    <message>
        <source>{where}: figures are left out because the series uses another source ({main}): {listed}. The report prints &apos;..&apos; for those years. Choose that source for the series, or use the figure for its cell, in the module&apos;s figure grid.</source>
        <translation type="vanished">{where}: se dejan de lado datos porque la serie usa otra fuente ({main}): {listed}. El informe imprime «..» para esos años. Elija esa fuente para la serie, o use el dato para su celda, en la cuadrícula de datos del módulo.</translation>
    </message>
    <message>
        <source>{shown} and {n} more</source>
        <translation type="vanished">{shown} y {n} más</translation>
    </message>
    <message>
        <source>{where}, the sources disagree: {listed}. The profile now uses {chosen}; choose the figure the team retains.</source>
        <translation type="vanished">{where}, las fuentes discrepan: {listed}. El perfil usa ahora {chosen}; elija la cifra que retiene el equipo.</translation>
    </message>
    <message>
        <source>{where}: {figure} is {change}% from {previous} in {year}. Check the figure, or explain the change in the text.</source>
        <translation type="vanished">{where}: {figure} varía un {change} % respecto de {previous} en {year}. Compruebe la cifra o explique la variación en el texto.</translation>
    </message>
    <message>
        <source>{where} comes out at {figure}%, outside 0-100: check the figures it is computed from ({formula}).</source>
        <translation type="vanished">{where} resulta en {figure} %, fuera de 0-100: compruebe las cifras a partir de las que se calcula ({formula}).</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="209"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="210"/>
        <source>Checks on every figure of the profile. Double-click a finding to go to the cell. Where sources disagree, open the cell and choose the figure to use.</source>
        <translation>Controles sobre cada cifra del perfil. Haga doble clic en una observación para ir a la celda. Cuando las fuentes discrepen, abra la celda y elija la cifra que se usará.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="227"/>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="308"/>
        <source>Go to the figure</source>
        <translation>Ir a la cifra</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="237"/>
        <source>All findings</source>
        <translation>Todas las observaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="237"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="238"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="238"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="243"/>
        <source>Show findings of this severity</source>
        <translation>Mostrar las observaciones de esta gravedad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="244"/>
        <source>Show findings of this module</source>
        <translation>Mostrar las observaciones de este módulo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="250"/>
        <source>Flag a figure that changes by more than this from one year to the next.</source>
        <translation>Señalar una cifra que varía más que este umbral de un año a otro.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="251"/>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="261"/>
        <source>Flag changes per year above</source>
        <translation>Señalar variaciones por año superiores a</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="255"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="257"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="280"/>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="290"/>
        <source>{errors} errors, {warnings} warnings, {notes} notes; {shown} shown.</source>
        <translation>{errors} errores, {warnings} advertencias, {notes} notas; {shown} mostradas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/quality_page.py" line="308"/>
        <source>Choose the figure to use…</source>
        <translation>Elegir la cifra que se usará…</translation>
    </message>
    <message>
        <source>Flag year-on-year changes above</source>
        <translation type="vanished">Señalar variaciones interanuales superiores a</translation>
    </message>
</context>
<context>
    <name>RegisterDelegate</name>
    <message>
        <location filename="../../mpdesk/ui/pages/register_delegate.py" line="87"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../../mpdesk/ui/pages/register_table.py" line="111"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_table.py" line="145"/>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_table.py" line="146"/>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../mpdesk/ui/pages/register_table.py" line="178"/>
        <source>%n row(s) removed. Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n fila eliminada. Edición &gt; Deshacer (Ctrl+Z) la restablece.</numerusform>
            <numerusform>%n filas eliminadas. Edición &gt; Deshacer (Ctrl+Z) las restablece.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="37"/>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="37"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="38"/>
        <source>data source</source>
        <translation>fuente de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="38"/>
        <source>data gap</source>
        <translation>vacío de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="39"/>
        <source>data request</source>
        <translation>solicitud de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="39"/>
        <source>review comment</source>
        <translation>comentario de revisión</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="40"/>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="40"/>
        <source>law or agreement</source>
        <translation>ley o acuerdo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="79"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="47"/>
        <source>There is no register called &apos;{name}&apos;.</source>
        <translation>No existe un registro llamado “{name}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="85"/>
        <source>Add {what}</source>
        <translation>Añadir: {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="95"/>
        <source>Edit {what}</source>
        <translation>Editar: {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="109"/>
        <source>Delete {what}</source>
        <translation>Eliminar: {what}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="57"/>
        <source>&apos;{field}&apos; is not a field of this register.</source>
        <translation>“{field}” no es un campo de este registro.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="73"/>
        <source>&apos;{text}&apos; is not a date; use the form 2020-03-31.</source>
        <translation>“{text}” no es una fecha; use la forma 2020-03-31.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/registers.py" line="98"/>
        <source>That {what} no longer exists.</source>
        <translation>Ese elemento ({what}) ya no existe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="20"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="20"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="20"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="21"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="44"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="44"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="44"/>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="61"/>
        <source>Census</source>
        <translation>Censo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="61"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="61"/>
        <source>Administrative</source>
        <translation>Administrativa</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="62"/>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>(not assessed)</source>
        <translation>(sin evaluar)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="63"/>
        <source>Poor</source>
        <translation>Deficiente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="64"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="64"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="64"/>
        <source>On request</source>
        <translation>A solicitud</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="65"/>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="76"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="76"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="76"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="27"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="33"/>
        <source>Overdue since {date}</source>
        <translation>Vencida desde el {date}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="39"/>
        <source>Overdue since {date}: no reply received yet</source>
        <translation>Vencida desde el {date}: aún no se ha recibido respuesta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="46"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="67"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="86"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="46"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="47"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="47"/>
        <source>Membership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="48"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="48"/>
        <source>Data held</source>
        <translation>Datos que tiene</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="54"/>
        <source>Activity</source>
        <translation>Actividad</translation>
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
        <translation>Inicio</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="67"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="68"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="68"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="69"/>
        <source>Periodicity</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="69"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="70"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="70"/>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="78"/>
        <source>Gap</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="78"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="79"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="79"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="80"/>
        <source>Action to close it</source>
        <translation>Acción para cubrirlo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="80"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="97"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="86"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="87"/>
        <source>What was asked</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="87"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="88"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="105"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="88"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="95"/>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="103"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="95"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="96"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="96"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="97"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="104"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="104"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="71"/>
        <source>The modules this source feeds, e.g. A.2, B.3</source>
        <translation>Los módulos que esta fuente alimenta, p. ej. A.2, B.3</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/register_specs.py" line="93"/>
        <source>Round {n}</source>
        <translation>Ronda {n}</translation>
    </message>
    <message>
        <source>Modules (e.g. A.2, B.3)</source>
        <translation type="vanished">Módulos (p. ej. A.2, B.3)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../mpdesk/charts/build.py" line="186"/>
        <location filename="../../mpdesk/export/pdf/sections.py" line="252"/>
        <source>{years}: {note}</source>
        <translation>{years}: {note}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="81"/>
        <source>by sex</source>
        <translation>por sexo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="81"/>
        <source>by age group</source>
        <translation>por grupo de edad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="81"/>
        <source>by country</source>
        <translation>por país</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="82"/>
        <source>by category</source>
        <translation>por categoría</translation>
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
        <translation>{indicator}: calculado según la fórmula {formula}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="101"/>
        <source>the sum of {name}</source>
        <translation>la suma de {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="39"/>
        <source>{mark} {indicator}: computed as {formula}.</source>
        <translation>{mark} {indicator}: calculado según la fórmula {formula}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/derivation.py" line="73"/>
        <source>{source} ({years}: not the printed series, which has no figure for these years)</source>
        <translation>{source} ({years}: no la serie impresa, que no tiene cifra para esos años)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/excel/sheets.py" line="60"/>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="91"/>
        <source>Migration Profile of {country}</source>
        <translation>Perfil migratorio de {country}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="111"/>
        <source>Draft — {date}</source>
        <translation>Borrador — {date}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/__init__.py" line="92"/>
        <source>migration</source>
        <translation>migración</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="34"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="34"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="34"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="35"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="116"/>
        <location filename="../../mpdesk/export/pdf/tables.py" line="214"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="116"/>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="116"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="117"/>
        <source>Periodicity</source>
        <translation>Periodicidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="117"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="117"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="121"/>
        <source>Inventory of data sources</source>
        <translation>Inventario de fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="129"/>
        <source>Data gap</source>
        <translation>Vacío de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="129"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="129"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="130"/>
        <source>Action to close it</source>
        <translation>Acción para cubrirlo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="133"/>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="134"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="218"/>
        <source>Data gaps</source>
        <translation>Vacíos de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="140"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="140"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="140"/>
        <source>Convention</source>
        <translation>Convención</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="141"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="205"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <location filename="../../mpdesk/export/pdf/tables.py" line="213"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="142"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="143"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="146"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="219"/>
        <source>Laws, policies and agreements</source>
        <translation>Leyes, políticas y acuerdos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="83"/>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="38"/>
        <source>Recommendations — {section}</source>
        <translation>Recomendaciones — {section}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/annexes.py" line="87"/>
        <source>{name} ({unit}): {definition}</source>
        <translation>{name} ({unit}): {definition}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="315"/>
        <source>Line chart</source>
        <translation>Gráfico de líneas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="315"/>
        <location filename="../../mpdesk/export/pdf/charts.py" line="316"/>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="316"/>
        <source>Stacked bar chart</source>
        <translation>Gráfico de barras apiladas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="317"/>
        <source>Population pyramid</source>
        <translation>Pirámide de población</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="317"/>
        <source>Doughnut chart</source>
        <translation>Gráfico de anillo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="318"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/charts.py" line="328"/>
        <source>{series}: {a} in {first}, {b} in {last}.</source>
        <translation>{series}: {a} en {first}, {b} en {last}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="17"/>
        <source>Edition {year}</source>
        <translation>Edición {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="18"/>
        <source>Reference period {start}–{end}</source>
        <translation>Período de referencia {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="31"/>
        <source>Draft — not for circulation</source>
        <translation>Borrador — no difundir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/cover.py" line="20"/>
        <source>Prepared under the leadership of {agency}</source>
        <translation>Elaborado bajo la dirección de: {agency}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="57"/>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="226"/>
        <source>Publication details</source>
        <translation>Datos de publicación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="45"/>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="46"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="47"/>
        <source>Date of publication</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="30"/>
        <source>© {year} {holder}</source>
        <translation>© {year} {holder}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="49"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/front.py" line="66"/>
        <source>Acknowledgements</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="206"/>
        <location filename="../../mpdesk/export/pdf/sections.py" line="171"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="207"/>
        <source>Lead agency</source>
        <translation>Institución rectora</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="217"/>
        <source>TWG membership</source>
        <translation>Miembros del GTT</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="217"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/scripts.py" line="218"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="198"/>
        <source>{section}: key indicators, {period}</source>
        <translation>{section}: indicadores clave, {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="310"/>
        <source>{year} ({series}): typed by the Technical Working Group; the rest of the series comes from the series&apos; source.</source>
        <translation>{year} ({series}): introducido por el grupo de trabajo técnico; el resto de la serie procede de la fuente de la serie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="56"/>
        <source>Table {n}: {title}</source>
        <translation>Cuadro {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="59"/>
        <source>Figure {n}: {title}</source>
        <translation>Gráfico {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="134"/>
        <source>No text has been written for this section yet.</source>
        <translation>Aún no se ha redactado ningún texto para esta sección.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="194"/>
        <source>{indicator}: top {n} countries, {period}</source>
        <translation>{indicator}: los {n} principales países, {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="197"/>
        <source>{indicator} by country, {period}</source>
        <translation>{indicator} por país, {period}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="308"/>
        <source>{year} ({series}): typed by the Technical Working Group (source given: {source}); the rest of the series comes from the series&apos; source.</source>
        <translation>{year} ({series}): introducido por el grupo de trabajo técnico (fuente indicada: {source}); el resto de la serie procede de la fuente de la serie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="208"/>
        <source>Unit: {unit}.</source>
        <translation>Unidad: {unit}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="213"/>
        <source>Sources: {sources}.</source>
        <translation>Fuentes: {sources}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="224"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="297"/>
        <source>{year} ({series}): {source}, chosen for this figure; the rest of the series comes from the series&apos; source.</source>
        <translation>{year} ({series}): {source}, elegida para esta cifra; el resto de la serie procede de la fuente de la serie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/sections.py" line="216"/>
        <source>Source: {sources}.</source>
        <translation>Fuente: {sources}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="96"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="173"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="173"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="174"/>
        <source>Stakeholder</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="177"/>
        <source>Membership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="98"/>
        <source>List of tables</source>
        <translation>Lista de cuadros</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="99"/>
        <source>List of figures</source>
        <translation>Lista de gráficos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/story.py" line="187"/>
        <source>Key migration figures</source>
        <translation>Principales cifras migratorias</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="146"/>
        <location filename="../../mpdesk/export/pdf/tables.py" line="213"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="213"/>
        <source>Latest figure</source>
        <translation>Última cifra</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="214"/>
        <source>Change since previous figure</source>
        <translation>Variación desde la cifra anterior</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="120"/>
        <source>{start}… (continued in note {n} under the table)</source>
        <translation>{start}… (continúa en la nota {n} bajo el cuadro)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="146"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="44"/>
        <source>{indicator}: the total ({total}) and its breakdown by sex ({split}) come from different sources, so they need not add up.</source>
        <translation>{indicator}: el total ({total}) y su desglose por sexo ({split}) proceden de fuentes distintas, por lo que pueden no sumar lo mismo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/tables.py" line="130"/>
        <source>Note {n}: {text}</source>
        <translation>Nota {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/template.py" line="52"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/pdf/template.py" line="74"/>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="13"/>
        <source>Census</source>
        <translation>Censo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="13"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="14"/>
        <source>Administrative</source>
        <translation>Administrativa</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="15"/>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="16"/>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="16"/>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="16"/>
        <source>Poor</source>
        <translation>Deficiente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="17"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="17"/>
        <source>On request</source>
        <translation>A solicitud</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="18"/>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="19"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="19"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/register_words.py" line="19"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="167"/>
        <source>Selected years; the statistical annex and the workbook give every year ({first}–{last}).</source>
        <translation>Años seleccionados; el anexo estadístico y el libro de Excel dan todos los años ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="96"/>
        <source>{year}: typed by the Technical Working Group; the rest of the row comes from the series&apos; source.</source>
        <translation>{year}: introducido por el grupo de trabajo técnico; el resto de la fila procede de la fuente de la serie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="99"/>
        <source>{year}: {source} (chosen for this figure; the rest of the row comes from the series&apos; source).</source>
        <translation>{year}: {source} (elegida para esta cifra; el resto de la fila procede de la fuente de la serie).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="94"/>
        <source>{year}: typed by the Technical Working Group (source given: {source}); the rest of the row comes from the series&apos; source.</source>
        <translation>{year}: introducido por el grupo de trabajo técnico (fuente indicada: {source}); el resto de la fila procede de la fuente de la serie.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="162"/>
        <source>Reference period {start}–{end} only; the statistical annex and the workbook give every year ({first}–{last}).</source>
        <translation>Solo el período de referencia {start}–{end}; el anexo estadístico y el libro de Excel dan todos los años ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="165"/>
        <source>Selected years of the reference period {start}–{end}; the statistical annex and the workbook give every year ({first}–{last}).</source>
        <translation>Años seleccionados del período de referencia {start}–{end}; el anexo estadístico y el libro de Excel dan todos los años ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="179"/>
        <source>No figure of this table falls in the reference period {start}–{end}: the latest years are shown.</source>
        <translation>Ningún dato de este cuadro cae en el período de referencia {start}–{end}: se muestran los años más recientes.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/report_data.py" line="184"/>
        <source>{mark} no figure in this series (not zero).</source>
        <translation>{mark} sin dato en esta serie (no es cero).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="62"/>
        <source>{status}: {note}.</source>
        <translation>{status}: {note}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="52"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="52"/>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/provenance.py" line="53"/>
        <source>Provisional figure</source>
        <translation>Cifra provisional</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/publication.py" line="40"/>
        <source>The opinions expressed in this report are those of the authors and do not necessarily reflect the views of the organizations that supported it. The designations employed and the presentation of material throughout the report do not imply the expression of any opinion whatsoever concerning the legal status of any country, territory, city or area, or of its authorities, or concerning its frontiers or boundaries.</source>
        <translation>Las opiniones expresadas en este informe son las de los autores y no reflejan necesariamente las opiniones de las organizaciones que lo apoyaron. Las denominaciones empleadas y la presentación del material en este informe no implican juicio alguno sobre la condición jurídica de ningún país, territorio, ciudad o zona, o de sus autoridades, ni respecto de la delimitación de sus fronteras o límites.</translation>
    </message>
    <message>
        <source>{sources}, not the series printed in this table</source>
        <translation type="vanished">{sources}, no la serie impresa en este cuadro</translation>
    </message>
    <message>
        <source>Computed from other figures of this profile.</source>
        <translation type="vanished">Calculado a partir de otras cifras de este perfil.</translation>
    </message>
    <message>
        <source>{mark} Computed from other figures of this profile.</source>
        <translation type="vanished">{mark} Calculado a partir de otras cifras de este perfil.</translation>
    </message>
    <message>
        <source>{mark} {year}: {source} (chosen for this figure; the rest of the row comes from the series&apos; source).</source>
        <translation type="vanished">{mark} {year}: {source} (elegida para esta cifra; el resto de la fila procede de la fuente de la serie).</translation>
    </message>
    <message>
        <source>female</source>
        <translation type="vanished">mujeres</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="vanished">hombres</translation>
    </message>
    <message>
        <source>aged {ages}</source>
        <translation type="vanished">de {ages} años</translation>
    </message>
    <message>
        <source>{mark} no figure available (not zero).</source>
        <translation type="vanished">{mark} no hay cifra disponible (no es cero).</translation>
    </message>
    <message>
        <source>Table {n}: Recommendations — {section}</source>
        <translation type="vanished">Cuadro {n}: Recomendaciones — {section}</translation>
    </message>
    <message>
        <source>Table {n}: Inventory of data sources</source>
        <translation type="vanished">Cuadro {n}: Inventario de fuentes de datos</translation>
    </message>
    <message>
        <source>Table {n}: Data gaps</source>
        <translation type="vanished">Cuadro {n}: Vacíos de datos</translation>
    </message>
    <message>
        <source>Table {n}: Laws, policies and agreements</source>
        <translation type="vanished">Cuadro {n}: Leyes, políticas y acuerdos</translation>
    </message>
    <message>
        <source>Table {n}: Key migration figures</source>
        <translation type="vanished">Cuadro {n}: Principales cifras migratorias</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="32"/>
        <source>Write a data-request workbook</source>
        <translation>Escribir un libro de solicitud de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="34"/>
        <location filename="../../mpdesk/ui/request_dialog.py" line="35"/>
        <source>One Excel workbook for one institution, with only the indicators asked of it in the data-request log. When it comes back filled in, import it with File ▸ Import data… (Ctrl+I).</source>
        <translation>Un libro de Excel por institución, con solo los indicadores que se le piden en el registro de solicitudes de datos. Cuando vuelva completado, impórtelo con Archivo ▸ Importar datos… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="41"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="44"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="48"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="56"/>
        <source>&amp;Write the workbook</source>
        <translation>&amp;Escribir el libro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="59"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="68"/>
        <source>The data-request log is empty: add a request (institution and indicators) first.</source>
        <translation>El registro de solicitudes de datos está vacío: añada primero una solicitud (institución e indicadores).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="76"/>
        <source>Data request - {name}.xlsx</source>
        <translation>Solicitud de datos - {name}.xlsx</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="79"/>
        <source>Save the data-request workbook</source>
        <translation>Guardar el libro de solicitud de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="80"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="97"/>
        <source>Wrote {path} and marked its requests as sent today in the data-request log (change the date there if you send it later). Send it to {name}; when it comes back, import it with File ▸ Import data… (Ctrl+I).</source>
        <translation>Se escribió {path} y sus solicitudes quedan marcadas como enviadas hoy en el registro de solicitudes de datos (cambie allí la fecha si lo envía más tarde). Envíelo a {name}; cuando vuelva, impórtelo con Archivo ▸ Importar datos… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="101"/>
        <source>Wrote {path}. Send it to {name}; when it comes back, import it with File ▸ Import data… (Ctrl+I).</source>
        <translation>Se escribió {path}. Envíelo a {name}; cuando vuelva, impórtelo con Archivo ▸ Importar datos… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/request_dialog.py" line="116"/>
        <source>Write a request workbook…</source>
        <translation>Escribir un libro de solicitud…</translation>
    </message>
    <message>
        <source>One Excel workbook for one institution, with only the indicators asked of it in the data-request log. When it comes back filled in, import it with File ▸ Import data….</source>
        <translation type="vanished">Un libro de Excel por institución, con solo los indicadores que se le piden en el registro de solicitudes de datos. Cuando vuelva completado, impórtelo con Archivo ▸ Importar datos….</translation>
    </message>
    <message>
        <source>Wrote {path} and marked its requests as sent today in the data-request log (change the date there if you send it later). Send it to {name}; when it comes back, import it with File ▸ Import data….</source>
        <translation type="vanished">Se escribió {path} y sus solicitudes quedan marcadas como enviadas hoy en el registro de solicitudes de datos (cambie allí la fecha si lo envía más tarde). Envíelo a {name}; cuando vuelva, impórtelo con Archivo ▸ Importar datos….</translation>
    </message>
    <message>
        <source>Wrote {path}. Send it to {name}; when it comes back, import it with File ▸ Import data….</source>
        <translation type="vanished">Se escribió {path}. Envíelo a {name}; cuando vuelva, impórtelo con Archivo ▸ Importar datos….</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="145"/>
        <source>No data request is logged for {name}; add one on step 2.1 (the data-request log) first.</source>
        <translation>No hay ninguna solicitud de datos registrada para {name}; añada primero una en el paso 2.1 (el registro de solicitudes de datos).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="149"/>
        <source>The requests to {name} name no indicator of this profile; write the indicators asked for in the Indicators column of step 2.1.</source>
        <translation>Las solicitudes a {name} no mencionan ningún indicador de este perfil; escriba los indicadores solicitados en la columna Indicadores del paso 2.1.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="169"/>
        <source>The workbook could not be written to {path} ({why}). Choose another folder.</source>
        <translation>No se pudo escribir el libro en {path} ({why}). Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="182"/>
        <source>Mark the requests to {name} as sent</source>
        <translation>Marcar como enviadas las solicitudes a {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/export/request_workbook.py" line="190"/>
        <source>The workbook was written to {path}, but its requests could not be marked as sent ({why}). When you send it, write the date in the Sent column of step 2.1.</source>
        <translation>El libro se escribió en {path}, pero sus solicitudes no pudieron marcarse como enviadas ({why}). Cuando lo envíe, escriba la fecha en la columna Enviada del paso 2.1.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="118"/>
        <source>Nothing was imported. Put the original text back, or ask for a new workbook.</source>
        <translation>No se importó nada. Restablezca el texto original o pida un libro nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="114"/>
        <source>{name} was changed outside its yellow input cells: {what}.</source>
        <translation>{name} se modificó fuera de sus celdas amarillas de entrada: {what}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="86"/>
        <source>{name} has a sheet named _mpdesk but is not an mpdesk data-request workbook; ask for a new workbook.</source>
        <translation>{name} tiene una hoja llamada _mpdesk pero no es un libro de solicitud de datos de mpdesk; pida un libro nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="67"/>
        <source>{name} is the data-request workbook of another profile ({other}), not of {this}. Import it into that profile.</source>
        <translation>{name} es el libro de solicitud de datos de otro perfil ({other}), no de {this}. Impórtelo en ese perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="73"/>
        <source>Data request to {institution}</source>
        <translation>Solicitud de datos a {institution}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="100"/>
        <source>the sheet &apos;{sheet}&apos; is missing or was renamed</source>
        <translation>falta la hoja “{sheet}” o se le cambió el nombre</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="117"/>
        <source>{n} more cells were changed too.</source>
        <translation>También se modificaron otras {n} celdas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="146"/>
        <source>sheet &apos;{sheet}&apos;, cell {cell}: &apos;{text}&apos; is not a number, so it was not imported</source>
        <translation>hoja “{sheet}”, celda {cell}: “{text}” no es un número, así que no se importó</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="106"/>
        <source>in sheet &apos;{sheet}&apos;, cell {cell} now reads &apos;{now}&apos; instead of &apos;{was}&apos;</source>
        <translation>en la hoja “{sheet}”, la celda {cell} dice ahora “{now}” en lugar de “{was}”</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/request_workbook.py" line="132"/>
        <source>in sheet &apos;{sheet}&apos;, cell {cell} outside the table holds &apos;{now}&apos;</source>
        <translation>en la hoja “{sheet}”, la celda {cell}, fuera del cuadro, contiene “{now}”</translation>
    </message>
    <message>
        <source>Source given: {text}</source>
        <translation type="vanished">Fuente indicada: {text}</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="88"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="141"/>
        <source>Open file {name}</source>
        <translation>Abrir el archivo {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="150"/>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="152"/>
        <source>Open the workbook</source>
        <translation>Abrir el libro</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="153"/>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="195"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/export_dialog.py" line="197"/>
        <source>Written to {folder}: {files}.</source>
        <translation>Escrito en {folder}: {files}.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../mpdesk/services/sample.py" line="176"/>
        <source>The sample text quotes {spec}, but kenya_values.csv has no such figure.</source>
        <translation>El texto de ejemplo cita {spec}, pero kenya_values.csv no tiene esa cifra.</translation>
    </message>
    <message>
        <source>Training sample built from {datasets}</source>
        <translation type="vanished">Ejemplo de formación elaborado a partir de {datasets}</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="116"/>
        <source>Edition and scope</source>
        <translation>Edición y alcance</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="117"/>
        <source>Which edition this is, the years it covers, and how wide the profile will be.</source>
        <translation>Qué edición es, qué años abarca y qué amplitud tendrá el perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="121"/>
        <source>Edition year</source>
        <translation>Año de la edición</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="122"/>
        <source>&amp;Edition year:</source>
        <translation>Año de la &amp;edición:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="123"/>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="123"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="129"/>
        <source>&amp;Reference period:</source>
        <translation>&amp;Período de referencia:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="139"/>
        <source>Basic profile — the core statistical modules</source>
        <translation>Perfil básico — los módulos estadísticos esenciales</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="140"/>
        <source>Extended profile — adds social development, health, environment and capacity building</source>
        <translation>Perfil ampliado — añade desarrollo social, salud, medio ambiente y fortalecimiento de capacidades</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="146"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/wizard.py" line="167"/>
        <source>The first year ({start}) is after the last year ({end}): change one of them to go on.</source>
        <translation>El primer año ({start}) es posterior al último ({end}): cambie uno de los dos para continuar.</translation>
    </message>
    <message>
        <source>Basic profile</source>
        <translation type="vanished">Perfil básico</translation>
    </message>
    <message>
        <source>The core statistical modules.</source>
        <translation type="vanished">Los módulos estadísticos esenciales.</translation>
    </message>
    <message>
        <source>Extended profile</source>
        <translation type="vanished">Perfil ampliado</translation>
    </message>
    <message>
        <source>Adds social development, health, environment and capacity building.</source>
        <translation type="vanished">Añade desarrollo social, salud, medio ambiente y fortalecimiento de capacidades.</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <location filename="../../mpdesk/services/series.py" line="316"/>
        <source>The series uses {main} because the team chose it.</source>
        <translation>La serie usa {main} porque el equipo la eligió.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="317"/>
        <source>The series uses {main} because {other} gives no figure in the reference period.</source>
        <translation>La serie usa {main} porque {other} no da ningún dato en el período de referencia.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="318"/>
        <source>The series uses {main} because it gives both the total and the split by sex (its total adds up to its women and men).</source>
        <translation>La serie usa {main} porque esa fuente da a la vez el total y el desglose por sexo (su total es la suma de sus mujeres y sus hombres).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="320"/>
        <source>The series uses {main} because the catalogue lists it before {other} for this indicator.</source>
        <translation>La serie usa {main} porque el catálogo cita esa fuente antes que {other} para este indicador.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="322"/>
        <source>The series uses {main} because it gives more years of the reference period than {other}.</source>
        <translation>La serie usa {main} porque esa fuente da más años del período de referencia que {other}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="324"/>
        <source>The series uses {main} because it was imported first and {other} ranks the same.</source>
        <translation>La serie usa {main} porque esa fuente se importó primero y {other} tiene el mismo rango.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="326"/>
        <source>{other} is an older release of the series&apos; dataset: within the years the newer release gives, its figures are kept as history only.</source>
        <translation>{other} es una edición anterior del conjunto de datos de la serie: en los años que da la edición más reciente, sus datos se conservan solo como historial.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="328"/>
        <source>The series uses the figures the team typed: an imported figure never replaces them, and {other}&apos;s are stored beside them.</source>
        <translation>La serie usa las cifras que introdujo el equipo: una cifra importada nunca las reemplaza, y las de {other} se guardan a su lado.</translation>
    </message>
</context>
<context>
    <name>SkippedTable</name>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="83"/>
        <source>What is not imported, and why</source>
        <translation>Lo que no se importa, y por qué</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/import_preview_tables.py" line="83"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../../mpdesk/services/snapshots.py" line="40"/>
        <source>Give the snapshot a name, such as &apos;Draft for TWG review 1&apos;.</source>
        <translation>Dé un nombre a la instantánea, como “Borrador para la revisión 1 del GTT”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/snapshots.py" line="42"/>
        <source>Take snapshot {name}</source>
        <translation>Tomar la instantánea {name}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="231"/>
        <source>{dataset} (extracted {moment})</source>
        <translation>{dataset} (extraído el {moment})</translation>
    </message>
</context>
<context>
    <name>StatusSelector</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="51"/>
        <source>Status of this step</source>
        <translation>Estado de este paso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="64"/>
        <source>This step already holds work (ticks, fields or register entries).</source>
        <translation>Este paso ya tiene trabajo (casillas marcadas, campos o entradas de registro).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="41"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="41"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_parts.py" line="42"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="36"/>
        <source>Stage {stage} · {title}</source>
        <translation>Etapa {stage} · {title}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="54"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="61"/>
        <source>What this step produces</source>
        <translation>Lo que produce este paso</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="62"/>
        <source>Saved when you leave a field.</source>
        <translation>Se guarda al salir de un campo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="64"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_page.py" line="67"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="35"/>
        <source>Everyone who produces, holds or uses migration data or policy. Double-click a cell to edit it; each change is saved at once.</source>
        <translation>Todos los que producen, tienen o usan datos o políticas sobre migración. Haga doble clic en una celda para editarla; cada cambio se guarda al instante.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="37"/>
        <source>Technical Working Group and stakeholders</source>
        <translation>Grupo de Trabajo Técnico (GTT) y actores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="37"/>
        <source>Stakeholder register</source>
        <translation>Registro de actores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="38"/>
        <source>Add a stakeholder</source>
        <translation>Añadir un actor</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="42"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="43"/>
        <source>Activities with an owner and dates. Rows past their end date and not done are highlighted.</source>
        <translation>Actividades con un responsable y fechas. Se resaltan las filas que pasaron su fecha de fin sin terminarse.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="44"/>
        <source>Add an activity</source>
        <translation>Añadir una actividad</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="48"/>
        <source>Update calendar</source>
        <translation>Calendario de actualización</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="49"/>
        <source>When each part of the profile is to be updated, and by whom.</source>
        <translation>Cuándo debe actualizarse cada parte del perfil, y quién lo hará.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="49"/>
        <source>Add an update</source>
        <translation>Añadir una actualización</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="53"/>
        <source>Data gaps</source>
        <translation>Vacíos de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="54"/>
        <source>What is missing, for which module, and what will be done about it. The gaps feed report section D.4.</source>
        <translation>Qué falta, para qué módulo y qué se hará al respecto. Los vacíos alimentan la sección D.4 del informe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="55"/>
        <source>Add a gap</source>
        <translation>Añadir un vacío</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="59"/>
        <source>Data source inventory</source>
        <translation>Inventario de fuentes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="60"/>
        <source>Every source of migration data found: its availability, periodicity, quality and access.</source>
        <translation>Cada fuente de datos sobre migración encontrada: su disponibilidad, periodicidad, calidad y acceso.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="61"/>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="73"/>
        <source>Data-request log</source>
        <translation>Registro de solicitudes de datos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="74"/>
        <source>Formal requests sent to institutions. Requests past their due date with no reply are highlighted.</source>
        <translation>Solicitudes formales enviadas a las instituciones. Se resaltan las solicitudes vencidas sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="75"/>
        <source>Add a request</source>
        <translation>Añadir una solicitud</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="79"/>
        <source>Review comments</source>
        <translation>Comentarios de revisión</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="80"/>
        <source>The comments matrix: who said what on which section, and how it was answered.</source>
        <translation>La matriz de comentarios: quién dijo qué sobre qué sección y cómo se respondió.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="81"/>
        <source>Add a comment</source>
        <translation>Añadir un comentario</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="82"/>
        <source>Show unresolved only</source>
        <translation>Mostrar solo los no resueltos</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="88"/>
        <source>Recommendations and action plan</source>
        <translation>Recomendaciones y plan de acción</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="89"/>
        <source>Each recommendation of Part D with the action, who owns it and by when.</source>
        <translation>Cada recomendación de la Parte D con la acción, su responsable y su plazo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/pages/step_kinds.py" line="90"/>
        <source>Add a recommendation</source>
        <translation>Añadir una recomendación</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="vanished">Añadir un miembro</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="109"/>
        <source>Basic profile</source>
        <translation>Perfil básico</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="109"/>
        <source>Extended profile</source>
        <translation>Perfil ampliado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="38"/>
        <source>&apos;{status}&apos; is not a step status.</source>
        <translation>“{status}” no es un estado de paso.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="39"/>
        <source>Mark step {step}</source>
        <translation>Marcar el paso {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="45"/>
        <source>Edit notes of {step}</source>
        <translation>Editar las notas de {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="53"/>
        <source>Step {step} has no checklist item &apos;{item}&apos;.</source>
        <translation>El paso {step} no tiene el elemento de lista de verificación “{item}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="54"/>
        <source>Tick checklist of {step}</source>
        <translation>Marcar la lista de verificación de {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="71"/>
        <source>Step {step} has no field &apos;{field}&apos;.</source>
        <translation>El paso {step} no tiene el campo “{field}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="72"/>
        <source>Edit {step}</source>
        <translation>Editar {step}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/steps.py" line="24"/>
        <source>There is no step {key} in the guidance.</source>
        <translation>No existe el paso {key} en las orientaciones.</translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="53"/>
        <source>The key &apos;{key}&apos; must start with a letter and use only lower-case letters, digits and underscores.</source>
        <translation>La clave “{key}” debe empezar por una letra y contener solo minúsculas, cifras y guiones bajos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="56"/>
        <source>An indicator with the key &apos;{key}&apos; already exists.</source>
        <translation>Ya existe un indicador con la clave “{key}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="58"/>
        <location filename="../../mpdesk/services/tailoring.py" line="83"/>
        <source>There is no report section &apos;{key}&apos;.</source>
        <translation>No existe la sección del informe “{key}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="60"/>
        <source>&apos;{unit}&apos; is not a unit mpdesk knows.</source>
        <translation>“{unit}” no es una unidad que mpdesk conozca.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="69"/>
        <source>Add indicator {name}</source>
        <translation>Añadir el indicador {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="78"/>
        <source>The section key &apos;{key}&apos; must start with a letter and use only letters, digits, underscores and single dots (for example A.2_local).</source>
        <translation>La clave de sección “{key}” debe empezar por una letra y contener solo letras, cifras, guiones bajos y puntos sueltos (por ejemplo, A.2_local).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="81"/>
        <source>A section with the key &apos;{key}&apos; already exists.</source>
        <translation>Ya existe una sección con la clave “{key}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="68"/>
        <source>The formula uses unknown indicators: {keys}.</source>
        <translation>La fórmula usa indicadores desconocidos: {keys}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/tailoring.py" line="85"/>
        <source>Add section {title}</source>
        <translation>Añadir la sección {title}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="89"/>
        <source>Type a number, or delete the cell to clear it.</source>
        <translation>Escriba un número, o borre el contenido de la celda para vaciarla.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="145"/>
        <source>The value is not a number.</source>
        <translation>El valor no es un número.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="44"/>
        <source>&apos;{text}&apos; is not a number (the decimal mark is &apos;{mark}&apos;).</source>
        <translation>“{text}” no es un número (el separador decimal es “{mark}”).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="52"/>
        <source>&apos;{text}&apos; could be {small} or {large}: type {small} or {large} to say which.</source>
        <translation>“{text}” podría ser {small} o {large}: escriba {small} o {large} para indicar cuál.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="133"/>
        <source>&apos;{text}&apos; is neither yes nor no: choose Yes or No.</source>
        <translation>“{text}” no es ni sí ni no: elija Sí o No.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="142"/>
        <source>{name} is computed from other figures and cannot be typed in.</source>
        <translation>{name} se calcula a partir de otras cifras y no puede introducirse.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="147"/>
        <source>{name} is a count and cannot be negative.</source>
        <translation>{name} es un recuento y no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="149"/>
        <source>{name} is a percentage of a whole and must be between 0 and 100.</source>
        <translation>{name} es un porcentaje de un total y debe estar entre 0 y 100.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="152"/>
        <source>{name} is per 1,000 people and must be between -1,000 and 1,000.</source>
        <translation>{name} se expresa por 1000 personas y debe estar entre -1000 y 1000.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="155"/>
        <source>{name} is yes or no: type 1 for yes or 0 for no.</source>
        <translation>{name} es sí o no: escriba 1 para sí o 0 para no.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="157"/>
        <source>{name} is a year, such as 2015.</source>
        <translation>{name} es un año, como 2015.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/validation.py" line="183"/>
        <source>{year} is not a plausible year; use a year between 1800 and 2100.</source>
        <translation>{year} no es un año plausible; use un año entre 1800 y 2100.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation type="vanished">“{text}” no es un número.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../mpdesk/services/series.py" line="282"/>
        <source>Choose the source of a series</source>
        <translation>Elegir la fuente de una serie</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="291"/>
        <source>Use this figure for this cell only</source>
        <translation>Usar esta cifra solo para esta celda</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/series.py" line="294"/>
        <location filename="../../mpdesk/services/values.py" line="148"/>
        <source>That figure no longer exists.</source>
        <translation>Esa cifra ya no existe.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="58"/>
        <source>Sex must be female, male or empty for both sexes.</source>
        <translation>El sexo debe ser female (mujeres), male (hombres) o vacío para ambos sexos.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="117"/>
        <source>Set {name} {year}</source>
        <translation>Introducir {name} {year}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="124"/>
        <source>Edit source and note</source>
        <translation>Editar fuente y nota</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="145"/>
        <source>Choose preferred source</source>
        <translation>Elegir la fuente preferida</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="51"/>
        <source>{year}: {why}</source>
        <translation>{year}: {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="71"/>
        <source>Edit values</source>
        <translation>Editar valores</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="127"/>
        <source>Type a value in the cell before adding its source or note.</source>
        <translation>Escriba un valor en la celda antes de añadir su fuente o nota.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="56"/>
        <source>&apos;{key}&apos; is not an indicator of this profile.</source>
        <translation>“{key}” no es un indicador de este perfil.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/values.py" line="92"/>
        <source>{source} (typed)</source>
        <translation>{source} (introducida)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="71"/>
        <source>Prepare your country&apos;s Migration Profile step by step, following the IOM guidance: plan the exercise, collect and check the data, draft each module, and export the report. Everything stays in one file on this computer.</source>
        <translation>Prepare paso a paso el perfil migratorio de su país, siguiendo las orientaciones de la OIM: planifique el ejercicio, recopile y verifique los datos, redacte cada módulo y exporte el informe. Todo queda en un solo archivo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="75"/>
        <source>New profile…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="75"/>
        <source>Start a new Migration Profile</source>
        <translation>Iniciar un nuevo perfil migratorio</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="76"/>
        <source>Open a profile…</source>
        <translation>Abrir un perfil…</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="76"/>
        <source>Open a profile file (.mpdesk)</source>
        <translation>Abrir un archivo de perfil (.mpdesk)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="77"/>
        <source>Open the sample profile</source>
        <translation>Abrir el perfil de ejemplo</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="78"/>
        <source>A complete training profile (Kenya 2020) to explore freely</source>
        <translation>Un perfil de capacitación completo (Kenia 2020) para explorar libremente</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="101"/>
        <location filename="../../mpdesk/ui/welcome.py" line="105"/>
        <source>Recent profiles</source>
        <translation>Perfiles recientes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="117"/>
        <source>Profiles you open will be listed here.</source>
        <translation>Los perfiles que abra aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="120"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="122"/>
        <source>Open the selected recent profile</source>
        <translation>Abrir el perfil reciente seleccionado</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="124"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="125"/>
        <source>Remove the selected profile from the recent list</source>
        <translation>Quitar el perfil seleccionado de la lista de recientes</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="150"/>
        <source>{country}, {year} edition — {folder}</source>
        <translation>{country}, edición {year} — {folder}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/ui/welcome.py" line="162"/>
        <source>File not found — it may have been moved or deleted</source>
        <translation>Archivo no encontrado — puede que se haya movido o eliminado</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="213"/>
        <source>The edit could not be saved because the disk is full. Free some space and try again; everything saved before is intact.</source>
        <translation>El cambio no pudo guardarse porque el disco está lleno. Libere espacio e inténtelo de nuevo; todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="216"/>
        <source>The edit could not be saved because the file or its folder has become read-only. Everything saved before is intact.</source>
        <translation>El cambio no pudo guardarse porque el archivo o su carpeta pasó a ser de solo lectura. Todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="219"/>
        <source>This entry already exists, so the edit was not saved.</source>
        <translation>Esta entrada ya existe, así que el cambio no se guardó.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="220"/>
        <source>The edit could not be saved ({why}). Everything saved before is intact.</source>
        <translation>El cambio no pudo guardarse ({why}). Todo lo guardado antes está intacto.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/services/workspace.py" line="88"/>
        <source>{name} holds no profile yet.</source>
        <translation>{name} aún no contiene ningún perfil.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="192"/>
        <source>The file {path} does not exist. Check the name and the folder, then try again.</source>
        <translation>El archivo {path} no existe. Compruebe el nombre y la carpeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="195"/>
        <source>mpdesk cannot open {path}: it is locked by another program or you do not have permission to read it. Close it (for example in Excel) and try again.</source>
        <translation>mpdesk no puede abrir {path}: está bloqueado por otro programa o no tiene permiso para leerlo. Ciérrelo (por ejemplo, en Excel) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="109"/>
        <source>{name} is not a text file that mpdesk can read. Save it as CSV (UTF-8) and try again.</source>
        <translation>{name} no es un archivo de texto que mpdesk pueda leer. Guárdelo como CSV (UTF-8) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="199"/>
        <source>{path} is a folder, not a file. Choose a data file inside it.</source>
        <translation>{path} es una carpeta, no un archivo. Elija un archivo de datos dentro de ella.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="201"/>
        <source>mpdesk cannot read {path} ({reason}). Copy the file to your computer and try again.</source>
        <translation>mpdesk no puede leer {path} ({reason}). Copie el archivo en su computadora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="208"/>
        <location filename="../../mpdesk/imports/detect.py" line="63"/>
        <source>{name} is damaged or is not really an Excel workbook. Download it again, or open it in Excel and save it as .xlsx.</source>
        <translation>{name} está dañado o no es realmente un libro de Excel. Descárguelo de nuevo, o ábralo en Excel y guárdelo como .xlsx.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="38"/>
        <source>&apos;{code}&apos; is not a known country code. Use the three-letter ISO code of the profile&apos;s country, for example KEN for Kenya.</source>
        <translation>“{code}” no es un código de país conocido. Use el código ISO de tres letras del país del perfil, por ejemplo KEN para Kenia.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="312"/>
        <source>{path} is not an ordinary file (it is a pipe, a device or a socket), so mpdesk cannot import it. Save the data as a file and choose that file.</source>
        <translation>{path} no es un archivo normal (es una tubería, un dispositivo o un socket), así que mpdesk no puede importarlo. Guarde los datos en un archivo y elija ese archivo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/common.py" line="327"/>
        <source>{name} is empty (0 bytes). Download or copy the file again.</source>
        <translation>{name} está vacío (0 bytes). Descargue o copie el archivo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/detect.py" line="32"/>
        <source>mpdesk does not recognise this file. It reads UN DESA International Migrant Stock workbooks, World Bank WDI downloads (CSV or Excel), UNHCR Refugee Data Finder exports, KNOMAD matrices and tidy CSV files.</source>
        <translation>mpdesk no reconoce este archivo. Lee libros International Migrant Stock del DAES de las Naciones Unidas, descargas WDI del Banco Mundial (CSV o Excel), exportaciones del Refugee Data Finder del ACNUR, matrices de KNOMAD y archivos CSV ordenados.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="122"/>
        <source>{name} is not a KNOMAD remittance or migration workbook: its top-left cell does not describe a bilateral matrix or remittance inflows.</source>
        <translation>{name} no es un libro de KNOMAD sobre remesas o migración: su celda superior izquierda no describe una matriz bilateral ni entradas de remesas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="136"/>
        <source>{country} was not found in this KNOMAD workbook, or has no figures in it.</source>
        <translation>{country} no se encontró en este libro de KNOMAD, o no tiene cifras en él.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="145"/>
        <source>{name}: the title in cell A1 does not say which year the matrix is for, so its figures cannot be dated.</source>
        <translation>{name}: el título de la celda A1 no indica a qué año corresponde la matriz, por lo que sus cifras no pueden fecharse.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/knomad.py" line="238"/>
        <source>{country} shows 0 for {years} in this file; KNOMAD uses 0 where no data was reported, so these years were left out.</source>
        <translation>{country} muestra 0 para {years} en este archivo; KNOMAD usa 0 cuando no se informaron datos, por lo que esos años se omitieron.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="150"/>
        <source>{name} has no header row that mpdesk can find.</source>
        <translation>{name} no tiene ninguna fila de encabezado que mpdesk pueda encontrar.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="158"/>
        <source>Spreadsheet {name}</source>
        <translation>Hoja de cálculo {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="176"/>
        <source>{name} has no column &apos;{column}&apos; any more; choose the columns again.</source>
        <translation>{name} ya no tiene la columna “{column}”; elija de nuevo las columnas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="198"/>
        <source>&apos;{text}&apos; is not a year</source>
        <translation>“{text}” no es un año</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="204"/>
        <source>&apos;{text}&apos; is not a sex (female, male or total)</source>
        <translation>“{text}” no es un sexo (female, male o total)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="218"/>
        <source>&apos;{text}&apos; is not a country mpdesk knows</source>
        <translation>“{text}” no es un país que mpdesk conozca</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="201"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>“{text}” no es un número</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/mapped.py" line="169"/>
        <source>row {n}: {why}</source>
        <translation>fila {n}: {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="186"/>
        <source>{name} has {n} row(s) mpdesk cannot read. Fix them and import the file again. {details}</source>
        <translation>{name} tiene {n} fila(s) que mpdesk no puede leer. Corríjalas e importe el archivo de nuevo. {details}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="492"/>
        <source>Row {line}: the column source_file is empty, but the row&apos;s other provenance columns are filled: name the file the figure was read from.</source>
        <translation>Fila {line}: la columna source_file está vacía, pero las demás columnas de procedencia de la fila están llenas: indique el archivo del que se leyó la cifra.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="512"/>
        <source>Row {line}: the column indicator is empty.</source>
        <translation>Fila {line}: la columna indicator está vacía.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="134"/>
        <source>Tidy CSV file {name}</source>
        <translation>Archivo CSV ordenado {name}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="123"/>
        <source>{name} is not an mpdesk tidy CSV file: its first row must be exactly &apos;{columns}&apos;.</source>
        <translation>{name} no es un archivo CSV ordenado de mpdesk: su primera fila debe ser exactamente “{columns}”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="189"/>
        <source>({more} more rows have problems.)</source>
        <translation>(Otras {more} filas tienen problemas.)</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="469"/>
        <source>Row {line}: the unit &apos;{unit}&apos; cannot be converted to {wanted}, the unit of {key}.</source>
        <translation>Fila {line}: la unidad “{unit}” no puede convertirse a {wanted}, la unidad de {key}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="486"/>
        <source>Row {line}: &apos;{text}&apos; in column source_sha256 is not a sha256 (64 hexadecimal digits).</source>
        <translation>Fila {line}: “{text}” en la columna source_sha256 no es un sha256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="489"/>
        <source>Row {line}: &apos;{text}&apos; in column source_place is neither a cell (&apos;Table 1!F40&apos;) nor a line (&apos;csv:241|column&apos;).</source>
        <translation>Fila {line}: “{text}” en la columna source_place no es ni una celda (“Table 1!F40”) ni una línea (“csv:241|columna”).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="504"/>
        <source>Row {line}: &apos;{text}&apos; is not a number in column value.</source>
        <translation>Fila {line}: “{text}” no es un número en la columna value.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="519"/>
        <source>Row {line}: &apos;{text}&apos; is not a year between 1800 and 2100 in column year.</source>
        <translation>Fila {line}: “{text}” no es un año entre 1800 y 2100 en la columna year.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="527"/>
        <source>Row {line}: &apos;{text}&apos; in column sex must be female, male or empty.</source>
        <translation>Fila {line}: “{text}” en la columna sex debe ser female, male o vacío.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="536"/>
        <source>Row {line}: &apos;{text}&apos; in column partner is not a three-letter ISO country code.</source>
        <translation>Fila {line}: “{text}” en la columna partner no es un código de país ISO de tres letras.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="137"/>
        <source>{name}: &apos;{key}&apos; is not an indicator of the catalogue; its {n} row(s) (lines {lines}) were not imported.</source>
        <translation>{name}: “{key}” no es un indicador del catálogo; sus {n} fila(s) (líneas {lines}) no se importaron.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="143"/>
        <source>{name}: {key} is computed by mpdesk from other figures; its {n} row(s) (lines {lines}) were left out and are computed again.</source>
        <translation>{name}: mpdesk calcula {key} a partir de otras cifras; sus {n} fila(s) (líneas {lines}) se omitieron y se calculan de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="414"/>
        <source>Row {line}: the country is {code}, but this profile is for {profile}.</source>
        <translation>Fila {line}: el país es {code}, pero este perfil es de {profile}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="254"/>
        <source>Row {line}: it has {n} columns instead of {expected}.</source>
        <translation>Fila {line}: tiene {n} columnas en lugar de {expected}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="296"/>
        <source>Rows {first} and {line} give the same figure twice ({indicator} {year}); keep one of them.</source>
        <translation>Las filas {first} y {line} dan dos veces la misma cifra ({indicator} {year}); conserve solo una.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/tidy_csv.py" line="288"/>
        <source>Row {line}: {why}</source>
        <translation>Fila {line}: {why}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="94"/>
        <source>{name} is not a UN DESA International Migrant Stock workbook: the sheet &apos;Table 1&apos; with the migrant stock title was not found.</source>
        <translation>{name} no es un libro International Migrant Stock del DAES de las Naciones Unidas: no se encontró la hoja “Table 1” con el título de la población migrante.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="87"/>
        <source>{country} (M49 code {m49}) is not in this UN DESA workbook, or has no figures in it.</source>
        <translation>{country} (código M49 {m49}) no figura en este libro del DAES de las Naciones Unidas, o no tiene cifras en él.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="124"/>
        <source>{sheet} has no row of years; it was skipped.</source>
        <translation>{sheet} no tiene ninguna fila de años; se omitió.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="219"/>
        <source>{name}, sheet &apos;{sheet}&apos;, cell {cell}: &apos;{text}&apos; is not a number; this figure was not stored.</source>
        <translation>{name}, hoja “{sheet}”, celda {cell}: “{text}” no es un número; esta cifra no se guardó.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/undesa.py" line="81"/>
        <source>This workbook has no {sheet}; its figures were not imported.</source>
        <translation>Este libro no tiene {sheet}; sus cifras no se importaron.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="304"/>
        <source>UNHCR counts no returned IDPs of concern to it in {country} for {years}: a 0 there means UNHCR does not report IDP returns for the country, not that there are none; take IDP returns from IDMC or national sources.</source>
        <translation>El ACNUR no cuenta desplazados internos retornados de su competencia en {country} para {years}: un 0 ahí significa que el ACNUR no publica retornos de desplazados internos para el país, no que no haya ninguno; tome los retornos de desplazados internos del IDMC o de fuentes nacionales.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="308"/>
        <source>UNHCR counts no IDPs of concern to it in {country} for {years}: a 0 there means UNHCR does not report IDPs for the country, not that there are none; take IDPs from IDMC or national sources.</source>
        <translation>El ACNUR no cuenta desplazados internos de su competencia en {country} para {years}: un 0 ahí significa que el ACNUR no publica cifras de desplazados internos para el país, no que no haya ninguno; tome los desplazados internos del IDMC o de fuentes nacionales.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="122"/>
        <source>{name} is not a UNHCR Refugee Data Finder export: no header row with &apos;Year&apos; and the ISO codes of origin and asylum was found.</source>
        <translation>{name} no es una exportación del Refugee Data Finder del ACNUR: no se encontró una fila de encabezado con “Year” y los códigos ISO de origen y de asilo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="128"/>
        <source>{name} has none of the UNHCR figures mpdesk reads (refugees, asylum-seekers, IDPs, stateless persons, returns, resettlement, naturalisations).</source>
        <translation>{name} no tiene ninguna de las cifras del ACNUR que lee mpdesk (refugiados, solicitantes de asilo, personas desplazadas internas, apátridas, retornos, reasentamiento, naturalizaciones).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="142"/>
        <source>{country} does not appear in this UNHCR file.</source>
        <translation>{country} no aparece en este archivo del ACNUR.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="201"/>
        <source>{name} lists the same year, origin and asylum country twice for {country} (lines {lines}). mpdesk does not add such rows together: download the export again, or delete the repeated rows, and import it again.</source>
        <translation>{name} repite el mismo año, origen y país de asilo para {country} (líneas {lines}). mpdesk no suma esas filas: descargue de nuevo la exportación, o borre las filas repetidas, e impórtela otra vez.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="296"/>
        <source>{n} people in &apos;{indicator}&apos; have an unknown or stateless origin or destination; they are counted in the totals only.</source>
        <translation>{n} personas en “{indicator}” tienen un origen o destino desconocido o apátrida; solo se cuentan en los totales.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="327"/>
        <source>{name}, line {line}, column &apos;{column}&apos;: &apos;{text}&apos; is not a number; this figure was not stored.</source>
        <translation>{name}, línea {line}, columna “{column}”: “{text}” no es un número; esta cifra no se guardó.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="199"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/unhcr.py" line="285"/>
        <source>{name}: the {year} total of &apos;{indicator}&apos; was not stored, because a row it adds up is damaged (see above).</source>
        <translation>{name}: el total de {year} de “{indicator}” no se guardó porque una de las filas que suma está dañada (véase arriba).</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="124"/>
        <source>{name} is the World Bank&apos;s country list that comes with the data, not the data itself. Import the file from the same download whose name starts with &apos;API_&apos;.</source>
        <translation>{name} es la lista de países del Banco Mundial que acompaña a los datos, no los datos en sí. Importe el archivo de la misma descarga cuyo nombre empieza por “API_”.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="99"/>
        <source>{name} is not a World Bank WDI download: the header row with &apos;Country Code&apos; was not found in the first {n} rows.</source>
        <translation>{name} no es una descarga WDI del Banco Mundial: no se encontró la fila de encabezado con “Country Code” en las primeras {n} filas.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="115"/>
        <source>{country} is not in this World Bank file.</source>
        <translation>{country} no está en este archivo del Banco Mundial.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="259"/>
        <source>mpdesk does not know the World Bank indicator &apos;{code}&apos; ({name}). It reads these indicators: {known}.</source>
        <translation>mpdesk no conoce el indicador del Banco Mundial “{code}” ({name}). Lee estos indicadores: {known}.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="185"/>
        <source>{name} is damaged or is not really an Excel .xls workbook. Download it again, or open it in Excel and save it as .xlsx.</source>
        <translation>{name} está dañado o no es realmente un libro de Excel .xls. Descárguelo de nuevo, o ábralo en Excel y guárdelo como .xlsx.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/worldbank.py" line="269"/>
        <source>{name}, line {line}, column {column}: &apos;{text}&apos; is not a number; this figure was not stored.</source>
        <translation>{name}, línea {line}, columna {column}: “{text}” no es un número; esta cifra no se guardó.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/written_numbers.py" line="65"/>
        <source>Column {column}: no figure shows which mark is the decimal one, so &apos;{cell}&apos; (row {row}) was read as {reading}, with &apos;{mark}&apos; as the decimal mark. If &apos;{other}&apos; is the decimal mark in this file, write one figure with it (1415{other}0 for 1415) and import it again.</source>
        <translation>Columna {column}: ninguna cifra indica cuál es el separador decimal, así que «{cell}» (fila {row}) se leyó como {reading}, con «{mark}» como separador decimal. Si en este archivo el separador decimal es «{other}», escriba una cifra con él (1415{other}0 para 1415) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../mpdesk/imports/written_numbers.py" line="125"/>
        <source>Column {column} writes numbers two ways: &apos;{a}&apos; (row {row_a}) has a decimal point and &apos;{b}&apos; (row {row_b}) a decimal comma. Write them all one way in the file and import it again.</source>
        <translation>La columna {column} escribe los números de dos maneras: «{a}» (fila {row_a}) tiene punto decimal y «{b}» (fila {row_b}) coma decimal. Escríbalos todos de la misma manera en el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="vanished">estimación</translation>
    </message>
    <message>
        <source>estimate; GDP from IMF World Economic Outlook</source>
        <translation type="vanished">estimación; PIB según el World Economic Outlook del FMI</translation>
    </message>
    <message>
        <source>Model estimate</source>
        <translation type="vanished">Estimación modelizada</translation>
    </message>
    <message>
        <source>Mid-{year} stocks: the matrix titled {title} is based on UN DESA&apos;s estimates for mid-{year}</source>
        <translation type="vanished">Poblaciones a mitad de {year}: la matriz titulada {title} se basa en las estimaciones del DAES de las Naciones Unidas para mitad de {year}</translation>
    </message>
    <message>
        <source>Mid-year estimate; includes asylum seekers</source>
        <translation type="vanished">Estimación a mitad de año; incluye a los solicitantes de asilo</translation>
    </message>
    <message>
        <source>Basis: {basis} (UN DESA type of data &apos;{code}&apos;)</source>
        <translation type="vanished">Criterio: {basis} (tipo de datos del DAES de las Naciones Unidas “{code}”)</translation>
    </message>
    <message>
        <source>UN WPP {revision} projection</source>
        <translation type="vanished">Proyección {revision} de las WPP de las Naciones Unidas</translation>
    </message>
    <message>
        <source>{name} has none of the UNHCR figures mpdesk reads (refugees, asylum-seekers, IDPs, stateless persons, returns, naturalisations).</source>
        <translation type="vanished">{name} no tiene ninguna de las cifras del ACNUR que lee mpdesk (refugiados, solicitantes de asilo, personas desplazadas internas, apátridas, retornos, naturalizaciones).</translation>
    </message>
</context>
</TS>
