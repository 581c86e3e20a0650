<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmBase</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="46"/>
        <source>Canceled: no output was written.</source>
        <translation>Annullato: nessun risultato è stato scritto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="50"/>
        <source>Not enough memory for this input. Try a smaller extent or a coarser resolution.</source>
        <translation>Memoria insufficiente per questi dati. Prova con un'estensione più piccola o una risoluzione più grossolana.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="135"/>
        <source>This algorithm needs the Python packages {names}, which cannot be used here ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}. Then restart QGIS.</source>
        <translation>Questo algoritmo richiede i pacchetti Python {names}, che qui non sono utilizzabili ({reasons}). Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}. Poi riavvia QGIS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="23"/>
        <source>Land-use change</source>
        <translation>Cambiamenti d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/base.py" line="24"/>
        <source>District comparison</source>
        <translation>Confronto tra distretti</translation>
    </message>
</context>
<context>
    <name>IntensityAnalysisAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="45"/>
        <source>Intensity analysis of land change</source>
        <translation>Analisi di intensità dei cambiamenti del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="48"/>
        <source>Is change fast or slow, are categories active or dormant, which transitions are targeted?</source>
        <translation>Il cambiamento è rapido o lento, le categorie sono attive o dormienti, quali transizioni sono mirate?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="54"/>
        <source>Land-use rasters, in date order</source>
        <translation>Raster d'uso del suolo, in ordine di data</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="63"/>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="63"/>
        <source>The date of each raster, in the same order, separated by commas, e.g. 2006,2012,2018.</source>
        <translation>La data di ogni raster, nello stesso ordine, separate da virgole, ad es. 2006,2012,2018.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="78"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="78"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="98"/>
        <source>Interval level</source>
        <translation>Livello dell'intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="105"/>
        <source>Category level</source>
        <translation>Livello della categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="105"/>
        <source>Per interval and category: gross gain and loss, their annual intensities, Active or Dormant.</source>
        <translation>Per intervallo e categoria: guadagno e perdita lordi, le loro intensità annue, Attiva o Dormiente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="112"/>
        <source>Transition level</source>
        <translation>Livello della transizione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="112"/>
        <source>Per interval and pair of categories, seen from the gain and from the loss: intensity, uniform intensity, Targeted or Avoided.</source>
        <translation>Per intervallo e coppia di categorie, dal lato del guadagno e della perdita: intensità, intensità uniforme, Mirata o Evitata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="119"/>
        <source>Charts (HTML)</source>
        <translation>Grafici (HTML)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="119"/>
        <source>HTML files (*.html)</source>
        <translation>File HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="119"/>
        <source>A page with the charts of the three levels, as in Aldwaik &amp; Pontius (2012).</source>
        <translation>Una pagina con i grafici dei tre livelli, come in Aldwaik &amp; Pontius (2012).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="166"/>
        <source>Give at least two rasters, in date order.</source>
        <translation>Indica almeno due raster, in ordine di data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="148"/>
        <source>The years must be numbers separated by commas, e.g. 2006,2012,2018 (got &apos;{text}&apos;).</source>
        <translation>Gli anni devono essere numeri separati da virgole, ad es. 2006,2012,2018 (ricevuto '{text}').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="168"/>
        <source>Give one year per raster: {n_rasters} rasters but {n_years} years.</source>
        <translation>Indica un anno per raster: {n_rasters} raster ma {n_years} anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="212"/>
        <source>Intensity analysis</source>
        <translation>Analisi di intensità</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="54"/>
        <source>Two or more categorical rasters of the same area, oldest first; all are aligned onto the first one&apos;s grid by nearest neighbour. Fast or Slow intervals need three or more.</source>
        <translation>Due o più raster categorici della stessa area, dal più vecchio; tutti vengono allineati sulla griglia del primo con il metodo del vicino più prossimo. Per classificare gli intervalli come Rapido o Lento ne servono almeno tre.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="69"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="69"/>
        <source>How codes map to production classes, the categories of the analysis: a preset or your own CSV (the same options as the land-use change tools).</source>
        <translation>Come i codici corrispondono alle classi produttive, le categorie dell'analisi: una nomenclatura predefinita o un tuo CSV (le stesse opzioni degli strumenti sui cambiamenti d'uso del suolo).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="87"/>
        <source>Use the raster codes as categories (no nomenclature)</source>
        <translation>Usa i codici del raster come categorie (senza nomenclatura)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="87"/>
        <source>Analyse each raster code as its own category instead of grouping the codes into production classes; the nomenclature is then not used.</source>
        <translation>Analizza ogni codice del raster come una categoria a sé invece di raggruppare i codici in classi produttive; in tal caso la nomenclatura non viene usata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="98"/>
        <source>Per interval: annual change in % of the area, uniform intensity, Fast or Slow (empty with two dates: that needs three or more).</source>
        <translation>Per intervallo: cambiamento annuo in % dell'area, intensità uniforme, Rapido o Lento (vuoto con due date: servono tre o più date).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="178"/>
        <source>The custom nomenclature CSV is not used: the raster codes are the categories. Turn off &apos;Use the raster codes as categories&apos; to group the codes with it.</source>
        <translation>Il CSV della nomenclatura personalizzata non viene usato: le categorie sono i codici del raster. Disattiva 'Usa i codici del raster come categorie' per raggruppare i codici con il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="187"/>
        <source>The custom nomenclature CSV is not used: the nomenclature is the preset &apos;{preset}&apos;. Choose &apos;Custom (CSV)&apos; to use the CSV.</source>
        <translation>Il CSV della nomenclatura personalizzata non viene usato: la nomenclatura è quella predefinita '{preset}'. Scegli 'Personalizzata (CSV)' per usare il CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/intensity_analysis.py" line="196"/>
        <source>Nomenclature: {name}</source>
        <translation>Nomenclatura: {name}</translation>
    </message>
</context>
<context>
    <name>LandUseChangeAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="311"/>
        <source>Land-use change around industrial areas (rasters)</source>
        <translation>Cambiamenti d'uso del suolo intorno alle aree industriali (raster)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="314"/>
        <source>Classifies what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="318"/>
        <source>Land use BEFORE</source>
        <translation>Uso del suolo PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="318"/>
        <source>Categorical land-use raster at the first date (any integer type, its own nodata).</source>
        <translation>Raster categorico d'uso del suolo alla prima data (qualsiasi tipo intero, con il proprio nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="322"/>
        <source>Land use AFTER</source>
        <translation>Uso del suolo DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="322"/>
        <source>Land-use raster at the second date; aligned onto BEFORE by nearest neighbour if its grid differs.</source>
        <translation>Raster d'uso del suolo alla seconda data; se la griglia è diversa viene allineato su PRIMA con il metodo del vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="330"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="330"/>
        <source>Raster of the change type of each cell (GeoTIFF, styled, 255 = nodata).</source>
        <translation>Raster del tipo di cambiamento di ogni cella (GeoTIFF con stile, 255 = nodata).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="346"/>
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="347"/>
        <source>AFTER</source>
        <translation>DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="350"/>
        <source>{name} has {count} bands: only band 1 is used.</source>
        <translation>{name} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
</context>
<context>
    <name>LandUseChangeVectorAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="38"/>
        <source>Land-use change around industrial areas (polygons)</source>
        <translation>Cambiamenti d'uso del suolo intorno alle aree industriali (poligoni)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="41"/>
        <source>Classifies, area-exact on polygons, what happened to industrial land between two dates, and around it.</source>
        <translation>Classifica sui poligoni, con superfici esatte, che cosa è successo alle aree industriali tra due date, e intorno a esse.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="47"/>
        <source>Land use BEFORE (or a change layer with both dates)</source>
        <translation>Uso del suolo PRIMA (o un layer dei cambiamenti con entrambe le date)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="47"/>
        <source>Land-use polygons at the first date, or a change layer holding the codes of both dates (Urban Atlas change layers: code_2012 and code_2018).</source>
        <translation>Poligoni d'uso del suolo alla prima data, o un layer dei cambiamenti con i codici di entrambe le date (layer dei cambiamenti di Urban Atlas: code_2012 e code_2018).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="58"/>
        <source>Code field BEFORE</source>
        <translation>Campo del codice PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="58"/>
        <source>Field with the land-use code at the first date (whole numbers, or text holding them).</source>
        <translation>Campo con il codice d'uso del suolo alla prima data (numeri interi, o testo che li contiene).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="66"/>
        <source>Code field AFTER, in the same layer</source>
        <translation>Campo del codice DOPO, nello stesso layer</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="66"/>
        <source>For a change layer: the field with the code at the second date. Leave empty with two layers.</source>
        <translation>Per un layer dei cambiamenti: il campo con il codice alla seconda data. Lascialo vuoto con due layer.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="77"/>
        <source>Land use AFTER (second layer, overlaid)</source>
        <translation>Uso del suolo DOPO (secondo layer, sovrapposto)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="77"/>
        <source>Land-use polygons at the second date; overlaid with BEFORE (reprojected to its CRS if needed). Leave empty for a change layer.</source>
        <translation>Poligoni d'uso del suolo alla seconda data; sovrapposti a PRIMA (riproiettati nel suo sistema di riferimento se serve). Lascialo vuoto per un layer dei cambiamenti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="89"/>
        <source>Code field of the AFTER layer</source>
        <translation>Campo del codice del layer DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="89"/>
        <source>Field with the land-use code in the AFTER layer.</source>
        <translation>Campo con il codice d'uso del suolo nel layer DOPO.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="99"/>
        <source>Change types</source>
        <translation>Tipi di cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="99"/>
        <source>Polygons with codes, classes and change type at both dates, split by distance ring (and zone); styled by change type.</source>
        <translation>Poligoni con codici, classi e tipo di cambiamento alle due date, tagliati per fascia di distanza (e zona); con lo stile per tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="122"/>
        <source>The BEFORE layer is missing or invalid.</source>
        <translation>Il layer PRIMA manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="128"/>
        <source>Choose the code field of the BEFORE layer.</source>
        <translation>Scegli il campo del codice del layer PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="130"/>
        <source>Give either the AFTER code field of a change layer, or a second AFTER layer with its code field, not both and not neither.</source>
        <translation>Indica o il campo del codice DOPO di un layer dei cambiamenti, o un secondo layer DOPO con il suo campo del codice: uno dei due, non entrambi né nessuno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="137"/>
        <source>Choose the code field of the AFTER layer.</source>
        <translation>Scegli il campo del codice del layer DOPO.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="140"/>
        <source>The BEFORE layer is in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject it (Vector &gt; Data Management Tools &gt; Reproject Layer, e.g. to EPSG:3035) first.</source>
        <translation>Il layer PRIMA è in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproiettalo prima (Vettore &gt; Strumenti di gestione dati &gt; Riproietta layer, ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="156"/>
        <source>Reading the land-use polygons</source>
        <translation>Lettura dei poligoni d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="159"/>
        <source>BEFORE</source>
        <translation>PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="172"/>
        <source>The AFTER layer ({a}) was reprojected to the CRS of BEFORE ({b}).</source>
        <translation>Il layer DOPO ({a}) è stato riproiettato nel sistema di riferimento di PRIMA ({b}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="185"/>
        <source>Overlaying BEFORE and AFTER</source>
        <translation>Sovrapposizione di PRIMA e DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="192"/>
        <source>{ha} ha of BEFORE are not covered by AFTER and were left out.</source>
        <translation>{ha} ha di PRIMA non sono coperti da DOPO e sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="192"/>
        <source>{ha} ha of AFTER are not covered by BEFORE and were left out.</source>
        <translation>{ha} ha di DOPO non sono coperti da PRIMA e sono stati esclusi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="199"/>
        <source>Canceled: no output was written.</source>
        <translation>Annullato: nessun risultato è stato scritto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="200"/>
        <source>Classifying the change</source>
        <translation>Classificazione dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="216"/>
        <source>Writing the outputs</source>
        <translation>Scrittura dei risultati</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="238"/>
        <source>The rings were drawn around the industrial land of the change layer, which holds only the land that changed between the two dates: industrial land that did not change is not in it, so {share} % of the area falls beyond the last ring ({last} map units). For rings around all industrial land, give the industrial areas in &apos;{parameter}&apos; (e.g. the polygons of code 12100 of the Urban Atlas land-use layer of the BEFORE year).</source>
        <translation>Le fasce sono state tracciate intorno al suolo industriale del layer dei cambiamenti, che contiene solo il suolo cambiato tra le due date: il suolo industriale rimasto invariato non vi compare, quindi il {share} % della superficie cade oltre l'ultima fascia ({last} unità della mappa). Per avere le fasce intorno a tutto il suolo industriale, indica le aree industriali in '{parameter}' (ad es. i poligoni del codice 12100 del layer d'uso del suolo di Urban Atlas dell'anno PRIMA).</translation>
    </message>
</context>
<context>
    <name>LandscapeMetricsAlgorithm</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="53"/>
        <source>Landscape metrics (FRAGSTATS)</source>
        <translation>Metriche del paesaggio (FRAGSTATS)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="56"/>
        <source>How compact, fragmented or scattered is industrial land? FRAGSTATS metrics per zone.</source>
        <translation>Quanto sono compatte, frammentate o disperse le aree industriali? Metriche FRAGSTATS per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="60"/>
        <source>Land-use raster</source>
        <translation>Raster d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="60"/>
        <source>Categorical raster (any integer type) in a projected CRS with square cells; its nodata cells are outside the landscape.</source>
        <translation>Raster categorico (qualsiasi tipo intero) in un sistema di riferimento proiettato con celle quadrate; le sue celle nodata sono esterne al paesaggio.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="67"/>
        <source>Polygons (districts, municipalities…): metrics for each, as FRAGSTATS gives them for the raster clipped to the zone (cells whose centre is inside). Without zones: the whole raster.</source>
        <translation>Poligoni (distretti, comuni…): le metriche di ciascuno, come le calcola FRAGSTATS sul raster ritagliato sulla zona (celle con il centro all'interno). Senza zone: l'intero raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="76"/>
        <source>Zone name field (with zones)</source>
        <translation>Campo del nome della zona (con le zone)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="76"/>
        <source>Field naming each zone; required when zones are given.</source>
        <translation>Campo che dà il nome a ogni zona; obbligatorio se si indicano le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="85"/>
        <source>How codes map to labels and production classes, as in the land-use change tools. Needed to report production classes.</source>
        <translation>Come i codici corrispondono a etichette e classi produttive, come negli strumenti sui cambiamenti d'uso del suolo. Necessaria per riportare le classi produttive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="97"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="97"/>
        <source>CSV with columns code, class, label, colour; used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class, label, colour; usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="106"/>
        <source>Classes are</source>
        <translation>Tipo di classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="106"/>
        <source>Raster codes</source>
        <translation>Codici del raster</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="106"/>
        <source>Production classes (needs a nomenclature)</source>
        <translation>Classi produttive (richiede una nomenclatura)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="106"/>
        <source>Raster codes: one class per code. Production classes: codes are grouped first by the nomenclature (e.g. CORINE 111 and 112 both count as residential), so a patch spans neighbouring cells of different codes of one class.</source>
        <translation>Codici del raster: una classe per codice. Classi produttive: i codici vengono prima raggruppati secondo la nomenclatura (ad es. CORINE 111 e 112 contano entrambi come residenziale), quindi una macchia può comprendere celle vicine con codici diversi della stessa classe.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="119"/>
        <source>Codes (e.g. 3,4) or production classes (e.g. industrial) for the class and patch tables, separated by commas; empty for all. Landscape metrics always use every class.</source>
        <translation>Codici (ad es. 3,4) o classi produttive (ad es. industrial) per le tabelle delle classi e delle macchie, separati da virgole; vuoto per tutte. Le metriche del paesaggio usano sempre tutte le classi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="126"/>
        <source>Patch neighbourhood</source>
        <translation>Intorno delle macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="126"/>
        <source>8 cells (FRAGSTATS default)</source>
        <translation>8 celle (predefinito di FRAGSTATS)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="126"/>
        <source>4 cells</source>
        <translation>4 celle</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="126"/>
        <source>Cells of one class touching at a corner form one patch with 8 neighbours, two with 4.</source>
        <translation>Celle della stessa classe che si toccano solo per un vertice formano una sola macchia con 8 vicini, due macchie con 4.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="137"/>
        <source>Count the landscape boundary as edge</source>
        <translation>Conta il confine del paesaggio come margine</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="137"/>
        <source>For TE and ED. FRAGSTATS&apos; default is no: the raster or zone border is not a real edge.</source>
        <translation>Per TE ed ED. Il valore predefinito di FRAGSTATS è no: il bordo del raster o della zona non è un vero margine.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="147"/>
        <source>Edge depth for core areas (default one cell)</source>
        <translation>Profondità del margine per le aree core (predefinita: una cella)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="147"/>
        <source>Cells within this distance of another class or of the landscape border are edge, not core (distance between cell centres, at least one cell). Empty: one cell, as FRAGSTATS.</source>
        <translation>Le celle entro questa distanza da un'altra classe o dal confine del paesaggio sono margine, non area core (distanza tra i centri delle celle, almeno una cella). Vuoto: una cella, come in FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="160"/>
        <source>Landscape metrics</source>
        <translation>Metriche del paesaggio</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="160"/>
        <source>One row per zone: FRAGSTATS landscape metrics (ha, m, m/ha, %).</source>
        <translation>Una riga per zona: metriche del paesaggio FRAGSTATS (ha, m, m/ha, %).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="169"/>
        <source>Class metrics</source>
        <translation>Metriche delle classi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="169"/>
        <source>One row per zone and class: FRAGSTATS class metrics.</source>
        <translation>Una riga per zona e classe: metriche di classe FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="175"/>
        <source>Patches</source>
        <translation>Macchie</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="175"/>
        <source>Polygons of the patches of the reported classes with FRAGSTATS patch metrics.</source>
        <translation>Poligoni delle macchie delle classi riportate, con le metriche di macchia FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="195"/>
        <source>land-use</source>
        <translation>d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="197"/>
        <source>The raster has {count} bands: only band 1 is used.</source>
        <translation>Il raster ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="205"/>
        <source>Choose at least one output: landscape metrics, class metrics or patches.</source>
        <translation>Scegli almeno un risultato: metriche del paesaggio, metriche delle classi o macchie.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="226"/>
        <source>A custom nomenclature CSV is given: also set the nomenclature to &apos;Custom (CSV)&apos;.</source>
        <translation>È stato indicato un CSV di nomenclatura personalizzata: imposta anche la nomenclatura su 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="247"/>
        <source>Production classes need a nomenclature: choose the one of the raster&apos;s codes (e.g. CORINE Land Cover grid codes 1-44), or report raster codes.</source>
        <translation>Le classi produttive richiedono una nomenclatura: scegli quella dei codici del raster (ad es. CORINE Land Cover, codici griglia 1-44) oppure riporta i codici del raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="258"/>
        <source>Choose the zone name field for the zones layer.</source>
        <translation>Scegli il campo del nome della zona per il layer delle zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="259"/>
        <source>zones</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="261"/>
        <source>Zones reprojected from {src} to the raster&apos;s {dst}.</source>
        <translation>Zone riproiettate da {src} a {dst}, il sistema di riferimento del raster.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="272"/>
        <source>The edge depth ({depth}) is less than one cell ({cell} map units): give at least one cell, or leave it empty for FRAGSTATS&apos; default.</source>
        <translation>La profondità del margine ({depth}) è inferiore a una cella ({cell} unità della mappa): indica almeno una cella, o lascia vuoto per il valore predefinito di FRAGSTATS.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="235"/>
        <source>The raster is a change-type raster of the land-use change tools: its values are change types (1 industrial persistence, 8 industrial land take…), not land-use codes. Leave the nomenclature empty and report raster codes: the change types then label the classes.</source>
        <translation>Il raster è un raster dei tipi di cambiamento degli strumenti di cambiamento d'uso del suolo: i suoi valori sono tipi di cambiamento (1 persistenza industriale, 8 consumo di suolo industriale…), non codici d'uso del suolo. Lasciare vuota la nomenclatura e riportare i codici del raster: le classi prendono allora le etichette dei tipi di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="245"/>
        <source>Change-type raster: classes are the change types of land-use change.</source>
        <translation>Raster dei tipi di cambiamento: le classi sono i tipi di cambiamento d'uso del suolo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="280"/>
        <source>Grid: {cols} × {rows} cells of {cell} map units, origin ({x}, {y}). Compare two dates only on the same grid (Raster &gt; Align Rasters), or areas and patches differ by the grids alone.</source>
        <translation>Griglia: {cols} × {rows} celle di {cell} unità della mappa, origine ({x}, {y}). Confrontare due date solo sulla stessa griglia (Raster &gt; Allinea raster), altrimenti aree e macchie differiscono per le sole griglie.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="337"/>
        <source>Zone &apos;{zone}&apos; has no cell of {classes}: no row for them there (0 ha).</source>
        <translation>La zona '{zone}' non ha celle di {classes}: nessuna riga per loro in quella zona (0 ha).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="67"/>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="85"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landscape_metrics.py" line="119"/>
        <source>Classes to report</source>
        <translation>Classi da riportare</translation>
    </message>
</context>
<context>
    <name>ReIndustriaPlugin</name>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="61"/>
        <source>ReIndustria</source>
        <translation>ReIndustria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="43"/>
        <source>ReIndustria: the Python package &apos;{name}&apos; cannot be used ({why}). The algorithms that need it will not run. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}.</source>
        <translation>ReIndustria: il pacchetto Python '{name}' non è utilizzabile ({why}). Gli algoritmi che ne hanno bisogno non verranno eseguiti. Debian/Ubuntu: sudo apt install {debian}. Windows (OSGeo4W Shell) o macOS: python3 -m pip install {pip}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/plugin.py" line="48"/>
        <source>not installed</source>
        <translation>non installato</translation>
    </message>
</context>
<context>
    <name>ReIndustriaProvider</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/provider.py" line="26"/>
        <source>ReIndustria – spatial analysis of production spaces</source>
        <translation>ReIndustria – analisi spaziale degli spazi della produzione</translation>
    </message>
</context>
<context>
    <name>adapters</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="28"/>
        <source>The {name} raster layer is missing or invalid.</source>
        <translation>Il layer raster {name} manca o non è valido.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="55"/>
        <source>The {name} layer must contain polygons.</source>
        <translation>Il layer {name} deve contenere poligoni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="70"/>
        <source>The field &apos;{field}&apos; is not in the {name} layer.</source>
        <translation>Il campo '{field}' non è nel layer {name}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="34"/>
        <source>The {name} layer comes from the '{provider}' provider: save it as a GeoTIFF first (right click &gt; Export &gt; Save As…).</source>
        <translation>Il layer {name} proviene dal provider '{provider}': salvalo prima come GeoTIFF (clic destro &gt; Esporta &gt; Salva come…).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="42"/>
        <source>The {name} raster has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster {name} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="61"/>
        <source>The {name} layer has no coordinate reference system: set its CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>Il layer {name} non ha un sistema di riferimento: impostalo (Proprietà layer &gt; Sorgente) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="151"/>
        <source>The {name} layer has no features with a geometry (check the selection or the filter).</source>
        <translation>Il layer {name} non ha elementi con geometria (controlla la selezione o il filtro).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="134"/>
        <source>Reading {name}: {done} of {total} features</source>
        <translation>Lettura di {name}: {done} di {total} elementi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/adapters.py" line="255"/>
        <source>The folder of the output {key} does not exist: {folder}. Create it or choose another.</source>
        <translation>La cartella dell'output {key} non esiste: {folder}. Crearla o sceglierne un'altra.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="44"/>
        <source>Ring distances must be positive and increasing, e.g. 250,500,1000 (got {rings}).</source>
        <translation>Le distanze delle fasce devono essere positive e crescenti, ad es. 250,500,1000 (ricevuto {rings}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="87"/>
        <source>Cannot read the BEFORE raster {path}: {err}</source>
        <translation>Impossibile leggere il raster PRIMA {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="96"/>
        <source>Cannot read the AFTER raster {path}: {err}</source>
        <translation>Impossibile leggere il raster DOPO {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="671"/>
        <source>nodata in BEFORE</source>
        <translation>nodata in PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="671"/>
        <source>nodata in AFTER</source>
        <translation>nodata in DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="641"/>
        <source>a &apos;no data&apos; class of the nomenclature</source>
        <translation>una classe 'senza dati' della nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="677"/>
        <source>{cells} cells ({ha} ha) were excluded: {why}.</source>
        <translation>{cells} celle ({ha} ha) sono state escluse: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="19"/>
        <source>Industrial and productive</source>
        <translation>Industriale e produttivo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="20"/>
        <source>Commercial and services</source>
        <translation>Commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="21"/>
        <source>Residential</source>
        <translation>Residenziale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="22"/>
        <source>Vacant, construction, brownfield</source>
        <translation>Aree vuote, cantieri, dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="23"/>
        <source>Infrastructure, extraction, dumps</source>
        <translation>Infrastrutture, cave, discariche</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="24"/>
        <source>Green, agricultural and natural</source>
        <translation>Verde, agricolo e naturale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="25"/>
        <source>Water</source>
        <translation>Acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="43"/>
        <source>No change</source>
        <translation>Nessun cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="44"/>
        <source>Industrial persistence</source>
        <translation>Persistenza industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="47"/>
        <source>De-industrialisation to residential</source>
        <translation>Deindustrializzazione verso residenza</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="53"/>
        <source>De-industrialisation to commercial and services</source>
        <translation>Deindustrializzazione verso commercio e servizi</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="59"/>
        <source>De-industrialisation to vacancy or brownfield</source>
        <translation>Deindustrializzazione verso aree vuote o dismesse</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="65"/>
        <source>De-industrialisation to green</source>
        <translation>Deindustrializzazione verso verde</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="71"/>
        <source>De-industrialisation to infrastructure or water</source>
        <translation>Deindustrializzazione verso infrastrutture o acque</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="77"/>
        <source>Re-industrialisation</source>
        <translation>Reindustrializzazione</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="78"/>
        <source>Industrial land take</source>
        <translation>Consumo di suolo industriale</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="79"/>
        <source>Other urban change</source>
        <translation>Altro cambiamento urbano</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="80"/>
        <source>Other change</source>
        <translation>Altro cambiamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="81"/>
        <source>Unmapped code</source>
        <translation>Codice non classificato</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="106"/>
        <source>The {what} file {path} does not exist.</source>
        <translation>Il file {what} {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="140"/>
        <source>Line {line} of {path}: the code &apos;{code}&apos; is not a whole number.</source>
        <translation>Riga {line} di {path}: il codice '{code}' non è un numero intero.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="161"/>
        <source>Line {line} of {path}: the code {code} appears twice.</source>
        <translation>Riga {line} di {path}: il codice {code} compare due volte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="188"/>
        <source>The typology CSV {path} is empty.</source>
        <translation>Il CSV della tipologia {path} è vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="193"/>
        <source>Typology {path}: unknown class &apos;{cls}&apos; in the first column. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nella prima colonna. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="207"/>
        <source>Typology {path}: unknown class &apos;{cls}&apos; in the header. Use: {allowed}.</source>
        <translation>Tipologia {path}: classe '{cls}' sconosciuta nell'intestazione. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="50"/>
        <source>Give at least two rasters, in date order.</source>
        <translation>Indica almeno due raster, in ordine di data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="257"/>
        <source>The years must be numbers, e.g. 2005, 2010, 2012 (got {years}).</source>
        <translation>Gli anni devono essere numeri, ad es. 2005, 2010, 2012 (ricevuto {years}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="306"/>
        <source>Category labels must be unique; repeated: {labels}.</source>
        <translation>Le etichette delle categorie devono essere uniche; ripetute: {labels}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="312"/>
        <source>Intensity analysis needs at least two categories (got {n}).</source>
        <translation>L'analisi di intensità richiede almeno due categorie (ricevute {n}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="322"/>
        <source>The crosstab of {interval} must hold numbers only.</source>
        <translation>La tabella incrociata di {interval} deve contenere solo numeri.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="41"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="42"/>
        <source>Interval level</source>
        <translation>Livello dell'intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="54"/>
        <source>Category level</source>
        <translation>Livello della categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="55"/>
        <source>Time interval {interval}</source>
        <translation>Intervallo {interval}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="63"/>
        <source>Transition level: gains</source>
        <translation>Livello della transizione: guadagni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="64"/>
        <source>Gain of {category}, {interval}</source>
        <translation>Guadagno di {category}, {interval}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="72"/>
        <source>Transition level: losses</source>
        <translation>Livello della transizione: perdite</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="73"/>
        <source>Loss of {category}, {interval}</source>
        <translation>Perdita di {category}, {interval}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="81"/>
        <source>{category} gained nothing in {interval}.</source>
        <translation>{category} non ha guadagnato nulla in {interval}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="82"/>
        <source>{category} lost nothing in {interval}.</source>
        <translation>{category} non ha perso nulla in {interval}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="83"/>
        <source>Change in the interval (% of study area)</source>
        <translation>Cambiamento nell'intervallo (% dell'area di studio)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="84"/>
        <source>Annual change (% of study area)</source>
        <translation>Cambiamento annuo (% dell'area di studio)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="85"/>
        <source>Annual change area</source>
        <translation>Superficie cambiata all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="86"/>
        <source>Annual change (% of category)</source>
        <translation>Cambiamento annuo (% della categoria)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="87"/>
        <source>Annual transition area</source>
        <translation>Superficie di transizione all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="88"/>
        <source>Annual transition (% of losing category)</source>
        <translation>Transizione annua (% della categoria che perde)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="89"/>
        <source>Annual transition (% of gaining category)</source>
        <translation>Transizione annua (% della categoria che guadagna)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="90"/>
        <source>Uniform intensity</source>
        <translation>Intensità uniforme</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="91"/>
        <source>Gain</source>
        <translation>Guadagno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="92"/>
        <source>Loss</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="93"/>
        <source>Fast</source>
        <translation>Rapido</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="94"/>
        <source>Slow</source>
        <translation>Lento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="95"/>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="96"/>
        <source>Dormant</source>
        <translation>Dormiente</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="97"/>
        <source>Targeted</source>
        <translation>Mirata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="98"/>
        <source>Avoided</source>
        <translation>Evitata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="99"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="100"/>
        <source>Interval</source>
        <translation>Intervallo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="101"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="102"/>
        <source>Change area</source>
        <translation>Superficie cambiata</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="103"/>
        <source>Change (% of study area)</source>
        <translation>Cambiamento (% dell'area di studio)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="104"/>
        <source>Intensity (% per year)</source>
        <translation>Intensità (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="105"/>
        <source>Uniform intensity (% per year)</source>
        <translation>Intensità uniforme (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="106"/>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="107"/>
        <source>Gain per year</source>
        <translation>Guadagno all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="108"/>
        <source>Loss per year</source>
        <translation>Perdita all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="109"/>
        <source>Gain intensity (% per year)</source>
        <translation>Intensità del guadagno (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="110"/>
        <source>Loss intensity (% per year)</source>
        <translation>Intensità della perdita (% all'anno)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="111"/>
        <source>Gain behaviour</source>
        <translation>Comportamento del guadagno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="112"/>
        <source>Loss behaviour</source>
        <translation>Comportamento della perdita</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="113"/>
        <source>Losing category</source>
        <translation>Categoria che perde</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="114"/>
        <source>Gaining category</source>
        <translation>Categoria che guadagna</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="115"/>
        <source>Transition per year</source>
        <translation>Transizione all'anno</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="566"/>
        <source>Unknown report text keys: {keys}. Valid keys: {valid}.</source>
        <translation>Chiavi di testo del rapporto sconosciute: {keys}. Chiavi valide: {valid}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="122"/>
        <source>The rasters have fewer than two categories in the cells valid at every date: there is no change to analyse.</source>
        <translation>I raster hanno meno di due categorie nelle celle valide a ogni data: non c'è alcun cambiamento da analizzare.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="262"/>
        <source>Intensity analysis needs at least two time points given as finite years (got {years}).</source>
        <translation>L'analisi di intensità richiede almeno due date espresse come anni finiti (ricevuto {years}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="270"/>
        <source>The years must be strictly increasing, one per map in time order (got {years}): reorder the maps and their years.</source>
        <translation>Gli anni devono essere strettamente crescenti, uno per carta in ordine di tempo (ricevuto {years}): riordina le carte e i loro anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="293"/>
        <source>{n_years} time points need {expected} crosstabs (one per interval), got {got}: give one crosstab per pair of consecutive maps.</source>
        <translation>{n_years} date richiedono {expected} tabelle incrociate (una per intervallo), ricevute {got}: indica una tabella per ogni coppia di carte consecutive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="327"/>
        <source>The crosstab of {interval} has shape {shape}; with {n} category labels it must be {n} x {n} (rows = start, columns = end, in the order of the labels).</source>
        <translation>La tabella incrociata di {interval} ha forma {shape}; con {n} etichette di categoria deve essere {n} x {n} (righe = inizio, colonne = fine, nell'ordine delle etichette).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="338"/>
        <source>The crosstab of {interval} contains empty (NaN) or infinite cells: use 0 for transitions that do not occur.</source>
        <translation>La tabella incrociata di {interval} contiene celle vuote (NaN) o infinite: usa 0 per le transizioni che non avvengono.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="347"/>
        <source>The crosstab of {interval} contains negative amounts ({value:g}): counts and areas cannot be negative.</source>
        <translation>La tabella incrociata di {interval} contiene valori negativi ({value:g}): conteggi e superfici non possono essere negativi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="357"/>
        <source>The crosstab of {interval} is empty (total 0): check that the two maps overlap and are not all nodata.</source>
        <translation>La tabella incrociata di {interval} è vuota (totale 0): controlla che le due carte si sovrappongano e non siano tutte nodata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="370"/>
        <source>The crosstabs cover different totals ({first:g} for {a}, {other:g} for {b}): intensity analysis needs the same study area in every interval, so mask the union of the nodata cells of all maps.</source>
        <translation>Le tabelle incrociate hanno totali diversi ({first:g} per {a}, {other:g} per {b}): l'analisi di intensità richiede la stessa area di studio in ogni intervallo, quindi maschera l'unione delle celle nodata di tutte le carte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="383"/>
        <source>The category sizes in {year} differ between the crosstab ending then (column sums) and the one starting then (row sums): build both from the same {year} map.</source>
        <translation>Le dimensioni delle categorie nel {year} differiscono tra la tabella che termina allora (somme di colonna) e quella che inizia allora (somme di riga): costruiscile entrambe dalla stessa carta del {year}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="29"/>
        <source>Intensity analysis compares each observed rate of land change with the rate that a uniform change would have, at three levels: the whole study area in each time interval, the gains and losses of each category, and the transitions between categories. All intensities are in percent per year.</source>
        <translation>L'analisi di intensità confronta ogni tasso osservato di cambiamento del suolo con il tasso che avrebbe un cambiamento uniforme, su tre livelli: l'intera area di studio in ogni intervallo di tempo, i guadagni e le perdite di ogni categoria e le transizioni tra categorie. Tutte le intensità sono in percentuale all'anno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="35"/>
        <source>Method: Aldwaik, S. Z., &amp; Pontius Jr, R. G. (2012). Intensity analysis to unify measurements of size and stationarity of land changes by interval, category, and transition. Landscape and Urban Planning, 106(1), 103-114.</source>
        <translation>Metodo: Aldwaik, S. Z., &amp; Pontius Jr, R. G. (2012). Intensity analysis to unify measurements of size and stationarity of land changes by interval, category, and transition. Landscape and Urban Planning, 106(1), 103-114.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="43"/>
        <source>Left: share of the study area that changed during each time interval. Right: the same change per year. An interval whose bar passes the dashed line (the uniform intensity, as if all change were spread evenly over the whole period) changed fast; one whose bar stops before it, slowly.</source>
        <translation>A sinistra: quota dell'area di studio cambiata in ogni intervallo di tempo. A destra: lo stesso cambiamento all'anno. Un intervallo la cui barra supera la linea tratteggiata (l'intensità uniforme, come se tutto il cambiamento fosse distribuito in modo uniforme sull'intero periodo) è cambiato rapidamente; uno la cui barra si ferma prima, lentamente.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="56"/>
        <source>Left: gross gain and loss of each category per year. Right: the gain per year relative to the size of the category at the end of the interval, the loss relative to its size at the start. A bar past the dashed line (the intensity of change of the whole area in {interval}) is active; before it, dormant. All intervals share the same scales.</source>
        <translation>A sinistra: guadagno e perdita lordi di ogni categoria all'anno. A destra: il guadagno annuo rispetto alla dimensione della categoria alla fine dell'intervallo, la perdita rispetto alla sua dimensione all'inizio. Una barra oltre la linea tratteggiata (l'intensità del cambiamento dell'intera area in {interval}) è attiva; prima, dormiente. Tutti gli intervalli hanno le stesse scale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="65"/>
        <source>Left: area per year that each category lost to {category}. Right: that area relative to the size of the losing category at the start of the interval. A bar past the dashed line (the intensity if the gain of {category} took evenly from all the other land) means the gain targets that category; before it, avoids it. The charts of {category} share the same scales.</source>
        <translation>A sinistra: superficie all'anno che ogni categoria ha perso a favore di {category}. A destra: quella superficie rispetto alla dimensione della categoria che perde all'inizio dell'intervallo. Una barra oltre la linea tratteggiata (l'intensità se il guadagno di {category} attingesse in modo uniforme da tutto il resto del suolo) indica che il guadagno mira a quella categoria; prima, che la evita. I grafici di {category} hanno le stesse scale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="74"/>
        <source>Left: area per year of {category} that went to each category. Right: that area relative to the size of the gaining category at the end of the interval. A bar past the dashed line (the intensity if the loss of {category} went evenly to all the other land) means the loss targets that category; before it, avoids it. The charts of {category} share the same scales.</source>
        <translation>A sinistra: superficie all'anno di {category} passata a ogni categoria. A destra: quella superficie rispetto alla dimensione della categoria che guadagna alla fine dell'intervallo. Una barra oltre la linea tratteggiata (l'intensità se la perdita di {category} andasse in modo uniforme a tutto il resto del suolo) indica che la perdita mira a quella categoria; prima, che la evita. I grafici di {category} hanno le stesse scale.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="586"/>
        <source>The intensity result has no usable &apos;{key}&apos; table (missing: {missing}): pass the dict returned by intensity_analysis.</source>
        <translation>Il risultato dell'analisi di intensità non ha una tabella '{key}' utilizzabile (mancano: {missing}): passa il dizionario restituito da intensity_analysis.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/code_index.py" line="25"/>
        <source>The raster has cell type {dtype}: a land-use map needs whole-number codes (convert it with Raster &gt; Conversion &gt; Translate, output data type Int32).</source>
        <translation>Il raster ha celle di tipo {dtype}: una carta d'uso del suolo richiede codici interi (convertilo con Raster &gt; Conversione &gt; Converti, tipo di dato in uscita Int32).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/code_index.py" line="37"/>
        <source>The raster has more than {limit} distinct values: is it a categorical land-use map? Check the band and the nomenclature.</source>
        <translation>Il raster ha più di {limit} valori distinti: è davvero una carta categorica d'uso del suolo? Controlla la banda e la nomenclatura.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="105"/>
        <source>The {name} raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster {name} {path} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="117"/>
        <source>The BEFORE raster is in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject both rasters (e.g. to EPSG:3035) first.</source>
        <translation>Il raster PRIMA è in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproietta prima entrambi i raster (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="140"/>
        <source>The AFTER raster&apos;s grid differs from BEFORE (CRS {crs_a} vs {crs_b}, cell {res_a} vs {res_b}, size {shape_a} vs {shape_b}): AFTER was aligned onto the BEFORE grid by nearest neighbour.</source>
        <translation>La griglia del raster DOPO è diversa da PRIMA (SR {crs_a} e {crs_b}, cella {res_a} e {res_b}, dimensioni {shape_a} e {shape_b}): DOPO è stato allineato sulla griglia di PRIMA con il vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="500"/>
        <source>The change raster is written as GeoTIFF: give a file name ending in .tif (got {path}).</source>
        <translation>Il raster dei cambiamenti viene scritto in GeoTIFF: indica un nome di file che termini con .tif (ricevuto {path}).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/raster_change.py" line="659"/>
        <source>{name}: {count} codes are not in the nomenclature and were kept as &apos;unmapped&apos; (code: cells): {codes}. Check the nomenclature choice or add them to a custom CSV.</source>
        <translation>{name}: {count} codici non sono nella nomenclatura e sono stati tenuti come 'non classificati' (codice: celle): {codes}. Controlla la scelta della nomenclatura o aggiungili a un CSV personalizzato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="126"/>
        <source>The nomenclature CSV {path} needs the columns code and class (optional: label, colour).</source>
        <translation>Il CSV di nomenclatura {path} deve avere le colonne code e class (facoltative: label, colour).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="150"/>
        <source>Line {line} of {path}: unknown production class &apos;{cls}&apos;. Use one of: {allowed}.</source>
        <translation>Riga {line} di {path}: classe produttiva '{cls}' sconosciuta. Usa una di: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="216"/>
        <source>Typology {path}: unknown change type &apos;{key}&apos; for {frm} -&gt; {to}. Use: {allowed}.</source>
        <translation>Tipologia {path}: tipo di cambiamento '{key}' sconosciuto per {frm} -&gt; {to}. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="231"/>
        <source>Typology {path} does not classify {count} class pairs (e.g. {pairs}). Fill every cell.</source>
        <translation>La tipologia {path} non classifica {count} coppie di classi (ad es. {pairs}). Compila ogni cella.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="76"/>
        <source>The land-use polygons have no coordinate reference system: set the layer&apos;s CRS and run again.</source>
        <translation>I poligoni d'uso del suolo non hanno un sistema di riferimento: impostalo nel layer e riprova.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="83"/>
        <source>The land-use polygons are in geographic coordinates ({crs}): areas and distance rings need a projected CRS in metres. Reproject the layer (e.g. to EPSG:3035) first.</source>
        <translation>I poligoni d'uso del suolo sono in coordinate geografiche ({crs}): superfici e fasce di distanza richiedono un sistema proiettato in metri. Riproietta prima il layer (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="105"/>
        <source>The {what} code field holds values that are not whole-number land-use codes (e.g. {examples}). Choose the field with the codes (Urban Atlas: code_2012, code_2018).</source>
        <translation>Il campo del codice {what} contiene valori che non sono codici d'uso del suolo interi (ad es. {examples}). Scegli il campo con i codici (Urban Atlas: code_2012, code_2018).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="593"/>
        <source>{count} invalid polygons were repaired before the analysis.</source>
        <translation>{count} poligoni non validi sono stati riparati prima dell'analisi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="629"/>
        <source>{name}: {count} codes are not in the nomenclature and were kept as &apos;unmapped&apos; (code: hectares): {codes}. Check the nomenclature choice or add them to a custom CSV.</source>
        <translation>{name}: {count} codici non sono nella nomenclatura e sono stati mantenuti come 'non classificati' (codice: ettari): {codes}. Controlla la nomenclatura scelta o aggiungili a un CSV personalizzato.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="641"/>
        <source>no code at the BEFORE date</source>
        <translation>nessun codice alla data PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="641"/>
        <source>no code at the AFTER date</source>
        <translation>nessun codice alla data DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="647"/>
        <source>{ha} ha of polygons were excluded: {why}.</source>
        <translation>{ha} ha di poligoni sono stati esclusi: {why}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="655"/>
        <source>No polygon has a land-use code at both dates: check the code fields, the selection and, with two layers, that they overlap.</source>
        <translation>Nessun poligono ha un codice d'uso del suolo a entrambe le date: controlla i campi dei codici, la selezione e, con due layer, che si sovrappongano.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/vector_change.py" line="701"/>
        <source>There are no industrial areas: every polygon falls in the last ring (&apos;beyond&apos;).</source>
        <translation>Non ci sono aree industriali: ogni poligono cade nell'ultima fascia ('oltre').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="300"/>
        <source>{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes {first} to {last}), e.g. {codes}, so the result would be mostly &apos;unmapped&apos;. The codes look like the preset &apos;{preset}&apos;, which lists {fit} % of them: choose it as the nomenclature and run again.</source>
        <translation>{name}: il {share} % dell'uso del suolo ha codici che non sono nella nomenclatura scelta (codici da {first} a {last}), ad es. {codes}, quindi il risultato sarebbe in gran parte 'non classificato'. I codici sembrano quelli della nomenclatura predefinita '{preset}', che ne elenca il {fit} %: sceglila come nomenclatura ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/typology.py" line="312"/>
        <source>{name}: {share} % of the land use has codes that are not in the chosen nomenclature (codes {first} to {last}), e.g. {codes}, so the result would be mostly &apos;unmapped&apos;. No preset lists them: choose &apos;Custom (CSV)&apos; as the nomenclature and give a CSV that lists these codes with their class (columns code, class, label, colour).</source>
        <translation>{name}: il {share} % dell'uso del suolo ha codici che non sono nella nomenclatura scelta (codici da {first} a {last}), ad es. {codes}, quindi il risultato sarebbe in gran parte 'non classificato'. Nessuna nomenclatura predefinita li elenca: scegli 'Personalizzata (CSV)' come nomenclatura e indica un CSV che elenchi questi codici con la loro classe (colonne code, class, label, colour).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="197"/>
        <source>No zone overlaps the land-use data ({total} given), so the summary would have no zone rows. Check that the zones layer covers the area of the land-use data, or leave the zones empty.</source>
        <translation>Nessuna zona si sovrappone ai dati d'uso del suolo ({total} indicate), quindi il riepilogo non avrebbe righe per zona. Controlla che il layer delle zone copra l'area dei dati d'uso del suolo, o lascia vuote le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/change_tables.py" line="206"/>
        <source>Zones that do not overlap the land-use data ({count} of {total}) have no rows in the summary: {names}</source>
        <translation>Le zone che non si sovrappongono ai dati d'uso del suolo ({count} di {total}) non hanno righe nel riepilogo: {names}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="52"/>
        <source>Give one year per raster: {n_rasters} rasters but {n_years} years.</source>
        <translation>Indica un anno per raster: {n_rasters} raster ma {n_years} anni.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="148"/>
        <source>Cannot read the {year} raster {path}: {err}</source>
        <translation>Impossibile leggere il raster del {year} {path}: {err}</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="156"/>
        <source>The {year} raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
        <translation>Il raster del {year} {path} non ha un sistema di riferimento. Assegnane uno (Raster &gt; Proiezioni &gt; Assegna proiezione) ed esegui di nuovo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="166"/>
        <source>The {year} raster {path} has {count} bands: only band 1 is used.</source>
        <translation>Il raster del {year} {path} ha {count} bande: si usa solo la banda 1.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="178"/>
        <source>The {year} raster {path} is in geographic coordinates ({crs}): areas need a projected CRS in metres, and the other rasters are aligned onto its grid. Reproject the rasters (e.g. to EPSG:3035) first.</source>
        <translation>Il raster del {year} {path} è in coordinate geografiche ({crs}): le superfici richiedono un sistema proiettato in metri, e gli altri raster vengono allineati sulla sua griglia. Riproietta prima i raster (ad es. in EPSG:3035).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/crosstab_series.py" line="207"/>
        <source>The grid of the {year} raster {name} differs from that of the {first_year} raster {first_name} (CRS {crs} vs {first_crs}, cell {res} vs {first_res}, size {size} vs {first_size} columns x rows): it was aligned onto the {first_year} grid by nearest neighbour.</source>
        <translation>La griglia del raster del {year} {name} è diversa da quella del raster del {first_year} {first_name} (SR {crs} e {first_crs}, cella {res} e {first_res}, dimensioni {size} e {first_size} colonne x righe): è stato allineato sulla griglia del {first_year} con il vicino più prossimo.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity.py" line="53"/>
        <source>With two dates there is a single time interval, whose intensity is the uniform intensity by definition: whether change is fast or slow compares intervals and needs three or more dates. The interval behaviour is left empty; the category and transition levels are complete.</source>
        <translation>Con due date c'è un solo intervallo di tempo, la cui intensità è per definizione l'intensità uniforme: stabilire se il cambiamento è rapido o lento richiede il confronto tra intervalli, quindi tre o più date. Il comportamento dell'intervallo resta vuoto; i livelli della categoria e della transizione sono completi.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/change/intensity_report.py" line="49"/>
        <source>Left: share of the study area that changed during the time interval. Right: the same change per year.</source>
        <translation>A sinistra: quota dell'area di studio cambiata nell'intervallo di tempo. A destra: lo stesso cambiamento all'anno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/classes.py" line="15"/>
        <source>Not in the nomenclature</source>
        <translation>Assente dalla nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/classes.py" line="125"/>
        <source>Unknown production class &apos;{name}&apos; in the classes to report. Use: {allowed}.</source>
        <translation>Classe produttiva '{name}' sconosciuta nelle classi da riportare. Usa: {allowed}.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/classes.py" line="138"/>
        <source>The classes to report must be raster codes separated by commas, e.g. 3,4 (got &apos;{text}&apos;). For production classes such as &apos;industrial&apos;, set &apos;Classes are&apos; to production classes.</source>
        <translation>Le classi da riportare devono essere codici del raster separati da virgole, ad es. 3,4 (ricevuto '{text}'). Per classi produttive come 'industrial', imposta 'Tipo di classi' su classi produttive.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="45"/>
        <source>The raster has cell type {dtype}: landscape metrics need a categorical raster of whole-number codes (convert it with Raster &gt; Conversion &gt; Translate, output data type Int32).</source>
        <translation>Il raster ha celle di tipo {dtype}: le metriche del paesaggio richiedono un raster categorico di codici interi (convertilo con Raster &gt; Conversione &gt; Converti, tipo di dato in uscita Int32).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/patches.py" line="106"/>
        <source>The raster has {count} distinct values: is it a categorical land-use map?</source>
        <translation>Il raster ha {count} valori distinti: è davvero una carta categorica d'uso del suolo?</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="454"/>
        <source>The neighbourhood must be 4 or 8 cells.</source>
        <translation>L'intorno deve essere di 4 o 8 celle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="212"/>
        <source>The landscape has no cell with data (all nodata or outside).</source>
        <translation>Il paesaggio non ha celle con dati (sono tutte nodata o esterne).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="526"/>
        <source>The landscape has a single class: CONTAG, SHEI, SIEI, MSIEI and IJI are undefined and left empty.</source>
        <translation>Il paesaggio ha una sola classe: CONTAG, SHEI, SIEI, MSIEI e IJI non sono definiti e restano vuoti.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="536"/>
        <source>IJI needs at least three classes in the landscape: it is left empty.</source>
        <translation>IJI richiede almeno tre classi nel paesaggio: resta vuoto.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="556"/>
        <source>PAFRAC needs at least {count} patches (FRAGSTATS): it is empty for classes with fewer.</source>
        <translation>PAFRAC richiede almeno {count} macchie (FRAGSTATS): resta vuoto per le classi che ne hanno meno.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="54"/>
        <source>The raster is not in a projected coordinate system (cells in degrees): areas and distances would be wrong. Reproject it to a metric CRS (Raster &gt; Projections &gt; Warp).</source>
        <translation>Il raster non è in un sistema di riferimento proiettato (celle in gradi): superfici e distanze sarebbero errate. Riproiettalo in un sistema metrico (Raster &gt; Proiezioni &gt; Riproiezione (warp)).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="63"/>
        <source>The raster is rotated: warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Il raster è ruotato: riproiettalo prima su una griglia orientata a nord (Raster &gt; Proiezioni &gt; Riproiezione (warp)).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="71"/>
        <source>The raster's cells are {width} × {height} map units: FRAGSTATS metrics need square cells. Resample it to square cells (Raster &gt; Projections &gt; Warp, output resolution).</source>
        <translation>Le celle del raster misurano {width} × {height} unità della mappa: le metriche FRAGSTATS richiedono celle quadrate. Ricampionalo a celle quadrate (Raster &gt; Proiezioni &gt; Riproiezione (warp), risoluzione in uscita).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="137"/>
        <source>Zone &apos;{zone}&apos; has no geometry: left out.</source>
        <translation>La zona '{zone}' non ha geometria: esclusa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="182"/>
        <source>Zone &apos;{zone}&apos;: only {share} % of its area has data in the raster; its metrics describe that part.</source>
        <translation>Zona '{zone}': solo il {share} % della sua superficie ha dati nel raster; le sue metriche descrivono quella parte.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="205"/>
        <source>No zone overlaps the raster: check that the zones and the raster cover the same area.</source>
        <translation>Nessuna zona si sovrappone al raster: controlla che le zone e il raster coprano la stessa area.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/zonal.py" line="270"/>
        <source>Zone &apos;{zone}&apos; has no raster data (outside the raster or all nodata): no row for it.</source>
        <translation>La zona '{zone}' non ha dati raster (è fuori dal raster o tutta nodata): nessuna riga per essa.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="509"/>
        <source>The landscape has more than {limit} million cells: GYRATE, CIRCLE and ENN, which need every patch at once, are left empty. Use zones or a coarser grid to get them.</source>
        <translation>Il paesaggio ha più di {limit} milioni di celle: GYRATE, CIRCLE ed ENN, che richiedono tutte le macchie insieme, restano vuote. Usare zone o una griglia meno fine per ottenerle.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/analysis/landscape/metrics.py" line="545"/>
        <source>Patches alone in their class, without a nearest neighbour: {count}. Their ENN is undefined and left out of ENN_MN, ENN_SD and ENN_CV.</source>
        <translation>Macchie sole nella loro classe, senza un vicino più prossimo: {count}. Il loro ENN non è definito ed è escluso da ENN_MN, ENN_SD e ENN_CV.</translation>
    </message>
</context>
<context>
    <name>landuse_change</name>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="39"/>
        <source>CORINE Land Cover (grid codes 1-44)</source>
        <translation>CORINE Land Cover (codici griglia 1-44)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="40"/>
        <source>CORINE Land Cover (codes 111-523)</source>
        <translation>CORINE Land Cover (codici 111-523)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="41"/>
        <source>Urban Atlas 2012/2018</source>
        <translation>Urban Atlas 2012/2018</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="42"/>
        <source>Custom (CSV)</source>
        <translation>Personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="66"/>
        <source>The nomenclature is &apos;Custom (CSV)&apos;: give the CSV file (columns code, class, label, colour) in the custom nomenclature parameter.</source>
        <translation>La nomenclatura è 'Personalizzata (CSV)': indica il file CSV (colonne code, class, label, colour) nel parametro della nomenclatura personalizzata.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="99"/>
        <source>Ring distances must be numbers separated by commas, e.g. 250,500,1000 (got &apos;{text}&apos;).</source>
        <translation>Le distanze delle fasce devono essere numeri separati da virgole, ad es. 250,500,1000 (ricevuto '{text}').</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="115"/>
        <source>Nomenclature</source>
        <translation>Nomenclatura</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="115"/>
        <source>How codes map to production classes: a preset or your own CSV.</source>
        <translation>Come i codici corrispondono alle classi produttive: una nomenclatura predefinita o un tuo CSV.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="126"/>
        <source>Custom nomenclature (CSV)</source>
        <translation>Nomenclatura personalizzata (CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="126"/>
        <source>CSV with columns code, class (industrial, commercial, residential, vacant, infrastructure, green, water or nodata), label, colour. Used with &apos;Custom (CSV)&apos;.</source>
        <translation>CSV con le colonne code, class (industrial, commercial, residential, vacant, infrastructure, green, water o nodata), label, colour. Usato con 'Personalizzata (CSV)'.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change_vector.py" line="238"/>
        <source>Industrial areas</source>
        <translation>Aree industriali</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="139"/>
        <source>Polygons of the industrial areas the rings are drawn around; by default the land of industrial class at the BEFORE date.</source>
        <translation>Poligoni delle aree industriali intorno a cui si tracciano le fasce; in mancanza, il suolo di classe industriale alla data PRIMA.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="152"/>
        <source>Distance rings (map units)</source>
        <translation>Fasce di distanza (unità della mappa)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="152"/>
        <source>Increasing distances from the industrial areas, separated by commas; empty for none.</source>
        <translation>Distanze crescenti dalle aree industriali, separate da virgole; vuoto per nessuna fascia.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="164"/>
        <source>Change typology (CSV meaning matrix)</source>
        <translation>Tipologia dei cambiamenti (matrice di significato CSV)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="164"/>
        <source>Overrides the &apos;reindustrialisation&apos; preset: first column the class before, header the classes after, each cell a change type.</source>
        <translation>Sostituisce la tipologia predefinita 'reindustrializzazione': prima colonna la classe prima, intestazione le classi dopo, in ogni cella un tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="177"/>
        <source>Zones for the summary</source>
        <translation>Zone per il riepilogo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="177"/>
        <source>Polygons (municipalities, districts…) to summarise per zone.</source>
        <translation>Poligoni (comuni, distretti…) per riassumere per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="188"/>
        <source>Zone name field</source>
        <translation>Campo del nome della zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="188"/>
        <source>Field naming each zone; required with zones.</source>
        <translation>Campo che dà il nome a ogni zona; obbligatorio con le zone.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="203"/>
        <source>From-to table of codes: cells, hectares and change type.</source>
        <translation>Tabella da-a dei codici: celle, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="206"/>
        <source>From-to table of codes: polygons, hectares and change type.</source>
        <translation>Tabella da-a dei codici: poligoni, ettari e tipo di cambiamento.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="211"/>
        <source>Transitions</source>
        <translation>Transizioni</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="217"/>
        <source>Summary by ring and zone</source>
        <translation>Riepilogo per fascia e zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="217"/>
        <source>Area and share of each change type per distance ring and zone.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza e zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="225"/>
        <source>Change accounting</source>
        <translation>Contabilità dei cambiamenti</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="225"/>
        <source>Per production class: gross gain and loss, net change, swap, persistence, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva: guadagno e perdita lordi, variazione netta, scambio (swap), persistenza, quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/algorithms/landuse_change.py" line="57"/>
        <source>The custom nomenclature CSV {path} is not used: the nomenclature is the preset &apos;{preset}&apos;. Choose &apos;{custom}&apos; to use the CSV.</source>
        <translation>Il CSV della nomenclatura personalizzata {path} non viene usato: la nomenclatura è quella predefinita '{preset}'. Scegli '{custom}' per usare il CSV.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="3"/>
        <source>Industrial land take by zone</source>
        <translation>Consumo di suolo industriale per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="4"/>
        <source>Land-use change</source>
        <translation>Cambiamenti d'uso del suolo</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="5"/>
        <source>Field with the code at the second date.</source>
        <translation>Campo con il codice alla seconda data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="6"/>
        <source>Runs the polygon land-use change on an Urban Atlas change layer, summarises it per zone, and keeps the polygons of industrial land take (agricultural or natural land that became industrial, commercial or public units).</source>
        <translation>Esegue l'analisi dei cambiamenti d'uso del suolo sui poligoni di un layer dei cambiamenti Urban Atlas, la riassume per zona e conserva i poligoni di consumo di suolo industriale (suolo agricolo o naturale diventato unità industriali, commerciali o pubbliche).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="7"/>
        <source>Field with the code at the first date.</source>
        <translation>Campo con il codice alla prima data.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="8"/>
        <source>Polygons with the land-use code at both dates (Urban Atlas change layers are delivered so).</source>
        <translation>Poligoni con il codice d'uso del suolo a entrambe le date (i layer dei cambiamenti Urban Atlas sono forniti così).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="9"/>
        <source>Polygons to summarise per zone.</source>
        <translation>Poligoni per cui riassumere i risultati per zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="10"/>
        <source>Field naming each zone.</source>
        <translation>Campo con il nome di ogni zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="11"/>
        <source>Code field AFTER</source>
        <translation>Campo del codice DOPO</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="12"/>
        <source>Code field BEFORE</source>
        <translation>Campo del codice PRIMA</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="13"/>
        <source>Urban Atlas change layer</source>
        <translation>Layer dei cambiamenti Urban Atlas</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="14"/>
        <source>Zones (municipalities, districts)</source>
        <translation>Zone (comuni, distretti)</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="15"/>
        <source>Zone name field</source>
        <translation>Campo del nome della zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="16"/>
        <source>Gains, losses, swap per production class</source>
        <translation>Guadagni, perdite e scambi per classe produttiva</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="17"/>
        <source>Per production class: gross gain and loss, net change, swap, persistence, quantity, exchange and shift (Pontius &amp; Santacruz 2014).</source>
        <translation>Per classe produttiva: guadagno e perdita lordi, variazione netta, scambio (swap), persistenza, quantità, scambio (exchange) e spostamento (shift) (Pontius &amp; Santacruz 2014).</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="18"/>
        <source>Area and share of each change type per zone</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per zona</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="19"/>
        <source>Area and share of each change type per distance ring and zone.</source>
        <translation>Superficie e quota di ogni tipo di cambiamento per fascia di distanza e zona.</translation>
    </message>
    <message>
        <location filename="../reindustria_plugin/_model_texts.py" line="20"/>
        <source>Polygons of agricultural or natural land that became industrial</source>
        <translation>Poligoni di suolo agricolo o naturale diventato industriale</translation>
    </message>
</context>
</TS>
