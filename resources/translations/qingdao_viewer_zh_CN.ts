<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="21"/>
        <source>unknown version</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="41"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="46"/>
        <source>Reads WIPO Global Innovation Index science and technology cluster profiles.</source>
        <translation>阅读世界知识产权组织（WIPO）《全球创新指数》科技集群概况。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="49"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="51"/>
        <source>Source and licence of the profile shown</source>
        <translation>所示概况的来源与许可</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="53"/>
        <source>Cite the GII 2024 as: {citation}</source>
        <translation>引用《2024年全球创新指数》：{citation}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="56"/>
        <source>The figures are licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;Creative Commons Attribution 4.0 International (CC BY 4.0)&lt;/a&gt;, © WIPO.</source>
        <translation>数据采用&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;知识共享署名 4.0 国际许可协议（CC BY 4.0）&lt;/a&gt;，© WIPO。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="66"/>
        <source>Built with</source>
        <translation>构建所用组件</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="69"/>
        <source>{name} {version}, {licence}</source>
        <translation>{name} {version}，{licence}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="74"/>
        <source>The app&apos;s code is MIT-licensed.</source>
        <translation>本应用的代码采用 MIT 许可。</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../qingdao_viewer/charts/spec.py" line="90"/>
        <source>Top {count} drawn; 1 more row in the table</source>
        <translation>图中显示前 {count} 项；表中另有 1 行</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/spec.py" line="91"/>
        <source>Top {count} drawn; {left_out} more rows in the table</source>
        <translation>图中显示前 {count} 项；表中另有 {left_out} 行</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/renderer.py" line="93"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="65"/>
        <source>Chart: {title}</source>
        <translation>图表：{title}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/spec.py" line="84"/>
        <source>{title} — {subject}</source>
        <translation>{subject}：{title}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../qingdao_viewer/ui/error_dialog.py" line="17"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/error_dialog.py" line="31"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/error_dialog.py" line="35"/>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/crash.py" line="59"/>
        <source>The details were written to {log}.</source>
        <translation>详情已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/crash.py" line="61"/>
        <source>The details could not be written to the log.</source>
        <translation>详情无法写入日志。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/crash.py" line="63"/>
        <source>Something went wrong: {error}

The app keeps running. {where}</source>
        <translation>出现问题：{error}

应用将继续运行。{where}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="145"/>
        <source>Licence, as the profile states it: {license}.</source>
        <translation>许可（按概况所述）：{license}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="291"/>
        <source>Tables of Global Innovation Index (GII) science and technology cluster profiles, one CSV file per table. The first columns of every row name its cluster, economy and GII edition, so the files of several clusters stack into one table. Figures are as the source prints them: ranks and counts are whole numbers; per-million figures count five years of output per 1 million inhabitants and are not totals; shares are percentages of the cluster&apos;s total, rounded to whole numbers. An empty cell is a figure the source does not give.</source>
        <translation>全球创新指数（GII）科技集群概况的表格，每个表格一个 CSV 文件。每行的前几列写明其集群、经济体和 GII 版本，因此多个集群的文件可以合并为一个表格。数字与来源所印一致：排名和计数为整数；每百万居民数字统计五年的产出，并非总数；占比是占集群总量的百分比，四舍五入为整数。空单元格表示来源未给出的数字。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="303"/>
        <source>Cite the source: {sources}.</source>
        <translation>引用来源：{sources}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="307"/>
        <source>The profile of {editions} names no source for its figures.</source>
        <translation>{editions} 的概况未注明其数字的来源。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="315"/>
        <source>{editions}: GII S&amp;T cluster profile tables</source>
        <translation>{editions}：GII 科技集群概况表格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="317"/>
        <source>GII S&amp;T cluster profile tables</source>
        <translation>GII 科技集群概况表格</translation>
    </message>
</context>
<context>
    <name>ImageSize</name>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="29"/>
        <source>Export chart as PNG</source>
        <translation>导出图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="38"/>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="39"/>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="40"/>
        <source>Pixel &amp;ratio:</source>
        <translation>像素比(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="56"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="74"/>
        <source>The image: {width} × {height} pixels</source>
        <translation>图像：{width} × {height} 像素</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qingdao_viewer/ui/app.py" line="191"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="52"/>
        <source>Cannot open profile</source>
        <translation>无法打开概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="34"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="35"/>
        <source>&amp;Patents</source>
        <translation>专利(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="36"/>
        <source>P&amp;ublications</source>
        <translation>论文(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="37"/>
        <source>&amp;Collaboration</source>
        <translation>合作(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="24"/>
        <source>GII cluster profiles (*.yaml *.yml *.txt);;Profile YAML (*.yaml *.yml);;Profile text (*.txt)</source>
        <translation>GII 集群概况 (*.yaml *.yml *.txt);;概况 YAML (*.yaml *.yml);;概况文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="191"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="30"/>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}：无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="152"/>
        <source>{cluster} - GII {year} S&amp;T cluster</source>
        <translation>{cluster} - GII {year} 科技集群</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="57"/>
        <source>Cluster profile shown</source>
        <translation>所示集群概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="56"/>
        <source>C&amp;luster:</source>
        <translation>集群(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="87"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="44"/>
        <source>&amp;Open profile…</source>
        <translation>打开概况(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="45"/>
        <source>&amp;Save profile as YAML…</source>
        <translation>将概况另存为 YAML(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="46"/>
        <source>Re&amp;move from library…</source>
        <translation>从资料库中移除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="47"/>
        <source>Show library &amp;folder</source>
        <translation>显示资料库文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="48"/>
        <location filename="../../qingdao_viewer/ui/table_view.py" line="62"/>
        <source>Export table as &amp;CSV…</source>
        <translation>将表格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="49"/>
        <source>Export &amp;workbook (XLSX)…</source>
        <translation>导出工作簿（XLSX）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="50"/>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="62"/>
        <source>Export chart as &amp;PNG or SVG…</source>
        <translation>将图表导出为 PNG 或 SVG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="51"/>
        <source>Export &amp;all to folder…</source>
        <translation>全部导出到文件夹(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="52"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="88"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="54"/>
        <location filename="../../qingdao_viewer/ui/table_view.py" line="56"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="55"/>
        <location filename="../../qingdao_viewer/ui/table_view.py" line="60"/>
        <source>Copy &amp;table</source>
        <translation>复制表格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="56"/>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="60"/>
        <source>Copy c&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="57"/>
        <source>&amp;Paste profile text</source>
        <translation>粘贴概况文本(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="89"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="40"/>
        <source>Co&amp;mpare with…</source>
        <translation>对比(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="60"/>
        <source>&amp;Stop comparing</source>
        <translation>停止对比(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="61"/>
        <source>P&amp;revious tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="62"/>
        <source>Ne&amp;xt tab</source>
        <translation>下一个标签页(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="94"/>
        <source>Open rec&amp;ent</source>
        <translation>最近打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="95"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="99"/>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="96"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="63"/>
        <source>R&amp;eset settings…</source>
        <translation>重置设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="90"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="64"/>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="257"/>
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="258"/>
        <source>Forget the window&apos;s size and place, the last tab and profile, the language, the theme and the recent profiles? Profiles kept in the library stay.</source>
        <translation>要清除窗口大小与位置、上次的标签页与概况、语言、主题以及最近打开的概况吗？资料库中保存的概况会保留。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="59"/>
        <source>compared with {cluster}</source>
        <translation>对比：{cluster}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="156"/>
        <source>{first} and {second} - compared</source>
        <translation>{first} 与 {second} - 对比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="41"/>
        <source>Co&amp;mpare with another…</source>
        <translation>与其他集群对比(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="88"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="176"/>
        <source>Nothing to paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="89"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="177"/>
        <source>The clipboard holds no text. Copy a cluster profile&apos;s text first.</source>
        <translation>剪贴板中没有文本。请先复制一份集群概况的文本。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="95"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="183"/>
        <source>Cannot read the pasted profile</source>
        <translation>无法读取粘贴的概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="101"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="190"/>
        <source>Profile not kept</source>
        <translation>概况未保存</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="102"/>
        <source>{path}: cannot write: {reason}. The profile is shown, but is not kept for next time; use File &gt; Save profile as YAML.</source>
        <translation>{path}：无法写入：{reason}。概况已显示，但不会保留到下次；请使用“文件 &gt; 将概况另存为 YAML”。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="226"/>
        <source>Save profile as YAML</source>
        <translation>将概况另存为 YAML</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="228"/>
        <source>Profile YAML (*.yaml *.yml)</source>
        <translation>概况 YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="19"/>
        <source>{profile} (kept)</source>
        <translation>{profile}（已保存）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="122"/>
        <source>No recent profiles</source>
        <translation>没有最近打开的概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="124"/>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="60"/>
        <source>Another profile file…</source>
        <translation>其他概况文件…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="41"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="161"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="45"/>
        <source>Set this cluster beside the one shown:</source>
        <translation>选择与当前集群并列显示的集群：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="50"/>
        <source>Profiles to compare with</source>
        <translation>可供比较的概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="56"/>
        <source>No other profile in the library</source>
        <translation>资料库中没有其他概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="61"/>
        <source>Paste profile text</source>
        <translation>粘贴概况文本</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="68"/>
        <source>Open profile</source>
        <translation>打开概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="89"/>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="91"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="108"/>
        <source>No chart</source>
        <translation>没有图表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="109"/>
        <source>This tab has no chart to export.</source>
        <translation>此标签页没有可导出的图表。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="114"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="116"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="147"/>
        <source>Export all tables and charts to folder</source>
        <translation>将所有表格和图表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="166"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="192"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="254"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="161"/>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="162"/>
        <source>Writing the tables and charts to {folder}…</source>
        <translation>正在将表格和图表写入 {folder}…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="195"/>
        <source>Making the report of {cluster}…</source>
        <translation>正在生成 {cluster} 的报告…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/progress.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="180"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="198"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="182"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="212"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="214"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/theme.py" line="17"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/theme.py" line="18"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/theme.py" line="19"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="26"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="29"/>
        <source>{count} files of this export are in {folder} already. Replace them?</source>
        <translation>{folder} 中已有本次导出的 {count} 个文件。要替换它们吗？</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="35"/>
        <source>and {count} more</source>
        <translation>以及另外 {count} 个</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="38"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="75"/>
        <source>Wrote {count} files to {folder}</source>
        <translation>已将 {count} 个文件写入 {folder}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="77"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="78"/>
        <source>Open the folder exported to</source>
        <translation>打开导出到的文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="86"/>
        <source>Remove {profile} from the library? Its file {path} is deleted. The profile stays shown until you open another; File &gt; Save profile as YAML can still save it.</source>
        <translation>要从资料库中移除 {profile} 吗？其文件 {path} 将被删除。在打开其他概况之前，该概况仍会显示；仍可用“文件 &gt; 将概况另存为 YAML”保存它。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="91"/>
        <source>Remove from library</source>
        <translation>从资料库中移除</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="99"/>
        <source>Cannot remove profile</source>
        <translation>无法移除概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="100"/>
        <source>{path}: cannot be removed: {reason}</source>
        <translation>{path}：无法移除：{reason}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="113"/>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="122"/>
        <source>Cannot show the library folder</source>
        <translation>无法显示资料库文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="114"/>
        <source>{path}: cannot be made: {reason}</source>
        <translation>{path}：无法创建：{reason}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="123"/>
        <source>No file manager opened {path}.</source>
        <translation>没有文件管理器打开 {path}。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="358"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="678"/>
        <source>GII {year} S&amp;T cluster profile</source>
        <translation>GII {year} 科技集群概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="529"/>
        <source>Ranks</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="533"/>
        <source>Output per 1 million inhabitants</source>
        <translation>每 100 万居民的产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="539"/>
        <source>Leading organizations</source>
        <translation>领先机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="543"/>
        <source>Made in collaboration</source>
        <translation>合作产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="546"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="577"/>
        <source>The source profile lists no rows for this table.</source>
        <translation>来源概况未列出此表的数据行。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="595"/>
        <source>Patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="597"/>
        <source>Publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="601"/>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="626"/>
        <source>{cluster}: GII {year} S&amp;T cluster profile</source>
        <translation>{cluster}：GII {year} 科技集群概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="696"/>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="742"/>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="17"/>
        <source>not given in the source profile</source>
        <translation>来源概况未给出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="63"/>
        <source>{cluster}, GII {year}</source>
        <translation>{cluster}，GII {year}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="82"/>
        <source>{what}; period {not_given}</source>
        <translation>{what}；统计期{not_given}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="83"/>
        <source>{what}, {first}–{last}</source>
        <translation>{what}，{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="90"/>
        <source>largest science and technology cluster of the top 100 in {year}</source>
        <translation>{year} 年前 100 名中规模最大的科技集群排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="95"/>
        <source>rank by intensity: {not_given}</source>
        <translation>强度排名：{not_given}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="98"/>
        <source>S&amp;T cluster by intensity (relative to population density)</source>
        <translation>按强度（相对于人口密度）的科技集群排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="103"/>
        <source>rank within {economy}: {not_given}</source>
        <translation>在 {economy} 内的排名：{not_given}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="109"/>
        <source>{rank} of {total}</source>
        <translation>{total} 个中的{rank}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="112"/>
        <source>among the clusters of {economy} in the top 100</source>
        <translation>在 {economy} 进入前 100 的集群中</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="120"/>
        <source>Both figures count five years of output per 1 million inhabitants; they are not totals. PCT applications are counted by publication year; articles are Web of Science (Science Citation Index Expanded) original research articles.</source>
        <translation>两项数据均为五年内每 100 万居民的产出，并非总量。PCT 申请按公布年份统计；论文为 Web of Science（科学引文索引扩展版）收录的原创研究论文。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="127"/>
        <source>Both figures count five years of output per 1 million inhabitants; they are not totals.</source>
        <translation>两项数据均为五年内每 100 万居民的产出，并非总量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="134"/>
        <source>PCT patent applications per 1 million inhabitants</source>
        <translation>每 100 万居民的 PCT 专利申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="140"/>
        <source>scientific articles per 1 million inhabitants</source>
        <translation>每 100 万居民的科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="161"/>
        <source>of PCT applications are co-invented with inventors elsewhere</source>
        <translation>的 PCT 申请与外地发明人合作发明</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="162"/>
        <source>of scientific articles are co-published with other organizations</source>
        <translation>的科学论文与其他机构合作发表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="163"/>
        <source>{patents} of {cluster}&apos;s PCT patent applications are filed in collaboration with inventors elsewhere; {publications} of its scientific articles are published in collaboration with other organizations.</source>
        <translation>{cluster} 的 PCT 专利申请中有 {patents} 与外地发明人合作提交；其科学论文中有 {publications} 与其他机构合作发表。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="178"/>
        <source>Science and technology cluster · Global Innovation Index {year}</source>
        <translation>科技集群 · 全球创新指数 {year}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="186"/>
        <source>top PCT applicant: {count} applications, {share} of the cluster&apos;s total</source>
        <translation>首位 PCT 申请人：{count} 件申请，占集群总量的 {share}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="190"/>
        <source>top publishing organization: {count} articles, {share} of the cluster&apos;s total</source>
        <translation>首位发表机构：{count} 篇论文，占集群总量的 {share}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="50"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="50"/>
        <source>What the figures of the row are.</source>
        <translation>该行数据所表示的指标。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="52"/>
        <source>The figures of {cluster}.</source>
        <translation>{cluster}的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="108"/>
        <source>The percentage of that cluster&apos;s output of this kind made in collaboration, rounded to a whole number as the source prints it.</source>
        <translation>该集群此类产出中合作完成的百分比，按来源所印四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="115"/>
        <source>Key figures: {first} and {second}</source>
        <translation>关键数据：{first} 与 {second}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="120"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="292"/>
        <source>Per-million figures are per 1 million inhabitants over five years, not totals.</source>
        <translation>每百万人数据为五年内每 100 万居民的产出，并非总量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="107"/>
        <source>Share of output made in collaboration, both clusters</source>
        <translation>合作产出占比（两个集群）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="178"/>
        <source>Output</source>
        <translation>产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="138"/>
        <source>PCT applications co-invented with inventors elsewhere</source>
        <translation>与外地发明人合作的 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="143"/>
        <source>Scientific articles co-published with other organizations</source>
        <translation>与其他机构合作发表的科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="13"/>
        <source>The source profile gives no figures for its top technology fields ({side}).</source>
        <translation>来源概况未给出其主要技术领域（{side}）的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="22"/>
        <source>Source: not given in this profile.</source>
        <translation>来源：本概况未注明。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="24"/>
        <source>Source: {publisher}, {title}.</source>
        <translation>来源：{publisher}，{title}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="28"/>
        <source>Licensed under {license}.</source>
        <translation>许可协议：{license}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="72"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="73"/>
        <source>The S&amp;T cluster, named as its GII profile names it.</source>
        <translation>科技集群，名称与其 GII 概况一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="76"/>
        <source>Economy</source>
        <translation>经济体</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="77"/>
        <source>The economy the cluster is in.</source>
        <translation>集群所在的经济体。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="80"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/table.py" line="82"/>
        <source>The edition of the Global Innovation Index the figures are from.</source>
        <translation>数字所属的全球创新指数版本。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="73"/>
        <source>Rank by size (top 100)</source>
        <translation>规模排名（前 100）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="78"/>
        <source>Rank by intensity (top 100)</source>
        <translation>强度排名（前 100）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="87"/>
        <source>Rank in economy</source>
        <translation>经济体内排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="94"/>
        <source>Economy&apos;s clusters in top 100</source>
        <translation>该经济体进入前 100 的集群数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="101"/>
        <source>PCT applications per 1M inhabitants</source>
        <translation>每百万居民 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="124"/>
        <source>Scientific articles per 1M inhabitants</source>
        <translation>每百万居民科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="110"/>
        <source>PCT applications from (year)</source>
        <translation>PCT 申请统计起始年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="75"/>
        <source>The cluster&apos;s rank by size among the GII&apos;s top 100 S&amp;T clusters (1 is the largest).</source>
        <translation>集群在 GII 前 100 个科技集群中按规模的排名（1 为最大）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="80"/>
        <source>The cluster&apos;s rank among the top 100 by intensity, that is its output relative to population density (1 is first); empty where the profile does not give it.</source>
        <translation>集群在前 100 名中按强度（即相对于人口密度的产出）的排名（1 为第一）；概况未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="89"/>
        <source>The cluster&apos;s rank among its economy&apos;s clusters in the top 100; empty where not given.</source>
        <translation>集群在其经济体进入前 100 名的集群中的排名；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="96"/>
        <source>How many of the top 100 S&amp;T clusters are in the cluster&apos;s economy; empty where not given.</source>
        <translation>前 100 个科技集群中位于该集群所在经济体的数量；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="103"/>
        <source>PCT patent applications per 1 million inhabitants, counting five years of output (the years in the next two columns): a rate, not a total.</source>
        <translation>每百万居民 PCT 专利申请，统计五年的产出（年份见后两列）：是比率，不是总数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="112"/>
        <source>The first year of the PCT applications counted, by publication date; empty where not given.</source>
        <translation>所统计 PCT 申请的起始年份（按公布日期）；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="117"/>
        <source>PCT applications to (year)</source>
        <translation>PCT 申请统计截止年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="119"/>
        <source>The last year of the PCT applications counted, by publication date; empty where not given.</source>
        <translation>所统计 PCT 申请的截止年份（按公布日期）；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="126"/>
        <source>Scientific articles per 1 million inhabitants, counting five years of output (the publication years in the next two columns): a rate, not a total.</source>
        <translation>每百万居民科学论文，统计五年的产出（发表年份见后两列）：是比率，不是总数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="133"/>
        <source>Scientific articles from (year)</source>
        <translation>科学论文统计起始年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="135"/>
        <source>The first publication year of the scientific articles counted; empty where not given.</source>
        <translation>所统计科学论文的起始发表年份；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="140"/>
        <source>Scientific articles to (year)</source>
        <translation>科学论文统计截止年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="142"/>
        <source>The last publication year of the scientific articles counted; empty where not given.</source>
        <translation>所统计科学论文的截止发表年份；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="145"/>
        <source>PCT applications co-invented elsewhere</source>
        <translation>与外地合作发明的 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="147"/>
        <source>The percentage of the cluster&apos;s PCT applications filed with inventors elsewhere, rounded to a whole number as the source prints it.</source>
        <translation>集群 PCT 申请中与外地发明人合作提交的百分比，按来源所印四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="154"/>
        <source>Scientific articles co-published</source>
        <translation>合作发表的科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="156"/>
        <source>The percentage of the cluster&apos;s scientific articles published with other organizations, rounded to a whole number as the source prints it.</source>
        <translation>集群科学论文中与其他机构合作发表的百分比，按来源所印四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="169"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="173"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="179"/>
        <source>The kind of output: PCT applications or scientific articles.</source>
        <translation>产出类型：PCT 申请或科学论文。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="184"/>
        <source>The row&apos;s rank in the source&apos;s top list (1 is first; equal ranks are ties).</source>
        <translation>该行在来源排行榜中的排名（1 为第一；排名相同表示并列）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="218"/>
        <source>The row&apos;s count as a percentage of the cluster&apos;s total, rounded to a whole number as the source prints it.</source>
        <translation>该行数量占集群总量的百分比，按来源所印四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="228"/>
        <source>Share: the row&apos;s count as a percentage of the cluster&apos;s total, as the source rounds it.</source>
        <translation>占比：该行数量占集群总量的百分比，按来源的取整方式。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="242"/>
        <source>Technology field</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="243"/>
        <source>The technology field, as the source names it.</source>
        <translation>技术领域，名称与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="246"/>
        <source>The field&apos;s percentage of the cluster&apos;s output of this kind, rounded to a whole number as the source prints it.</source>
        <translation>该领域占集群此类产出的百分比，按来源所印四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="266"/>
        <source>The location&apos;s place in the source&apos;s list (1 is first).</source>
        <translation>该地点在来源列表中的位次（1 为第一）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="268"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="269"/>
        <source>A top collaborating location, as the source names it.</source>
        <translation>主要合作地点，名称与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="274"/>
        <source>The source profile names no collaborating locations.</source>
        <translation>来源概况未列出合作地点。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="287"/>
        <source>{cluster}: key figures, GII {year}</source>
        <translation>{cluster}：关键数据，GII {year}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="298"/>
        <source>Top PCT applicants</source>
        <translation>主要 PCT 申请人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="300"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="301"/>
        <source>The PCT applicant, as the source prints its name.</source>
        <translation>PCT 申请人，名称与来源所印一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="304"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="363"/>
        <source>PCT applications</source>
        <translation>PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="306"/>
        <source>The applicant&apos;s number of the cluster&apos;s PCT applications, as the source gives it.</source>
        <translation>该申请人在集群中的 PCT 申请数量，与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="315"/>
        <source>Top technology fields: patents</source>
        <translation>主要技术领域：专利</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="316"/>
        <source>patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="322"/>
        <source>Top publishing organizations</source>
        <translation>主要发表机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="324"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="325"/>
        <source>The publishing organization, as the source prints its name.</source>
        <translation>发表机构，名称与来源所印一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="328"/>
        <source>Articles</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="330"/>
        <source>The organization&apos;s number of the cluster&apos;s scientific articles, as the source gives it.</source>
        <translation>该机构在集群中的科学论文数量，与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="339"/>
        <source>Top technology fields: publications</source>
        <translation>主要技术领域：论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="340"/>
        <source>publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="346"/>
        <source>Share of output made in collaboration</source>
        <translation>合作产出占比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="350"/>
        <source>In collaboration with</source>
        <translation>合作对象</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="351"/>
        <source>Who it is made with: inventors elsewhere or other organizations.</source>
        <translation>合作对象：外地发明人或其他机构。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="354"/>
        <source>The percentage of the cluster&apos;s output of this kind made in collaboration, rounded to a whole number as the source prints it.</source>
        <translation>集群此类产出中合作完成的百分比，按来源所印四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="364"/>
        <source>inventors elsewhere</source>
        <translation>外地发明人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="368"/>
        <source>Scientific articles</source>
        <translation>科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="369"/>
        <source>other organizations</source>
        <translation>其他机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="379"/>
        <source>Top locations of co-inventors (PCT applications)</source>
        <translation>合作发明人的主要所在地（PCT 申请）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="385"/>
        <source>Top locations of co-publishers (scientific articles)</source>
        <translation>合作发表方的主要所在地（科学论文）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/table_model.py" line="13"/>
        <source>Not given in the source profile</source>
        <translation>来源概况未给出</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../qingdao_viewer/ui/chart_tabs.py" line="80"/>
        <source>No rows: {not_given}.</source>
        <translation>无数据行：{not_given}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/chart_tabs.py" line="106"/>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="131"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="319"/>
        <source>Source and licence</source>
        <translation>来源与许可</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="105"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="283"/>
        <source>Ranks</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="107"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="290"/>
        <source>Output per 1 million inhabitants</source>
        <translation>每 100 万居民的产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="109"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="298"/>
        <source>Leading organizations</source>
        <translation>领先机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="118"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="306"/>
        <source>Copy &amp;key figures</source>
        <translation>复制关键数据(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="120"/>
        <source>Copy both clusters&apos; figures on this page as table rows, with their headers</source>
        <translation>将本页两个集群的数据复制为表格行（含表头）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="308"/>
        <source>Copy every figure on this page as one table row, with its headers</source>
        <translation>将本页所有数据复制为一行表格（含表头）</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="41"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="42"/>
        <source>a rank: a whole number</source>
        <translation>排名：整数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="43"/>
        <source>a year: a whole number</source>
        <translation>年份：整数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="44"/>
        <source>a count: a whole number, shown with thousands separators</source>
        <translation>数量：整数，显示千位分隔符</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="45"/>
        <source>a share of the cluster&apos;s total: a fraction (0.25), shown as a whole percentage (25%)</source>
        <translation>占集群总量的比例：以小数存储（0.25），显示为整数百分比（25%）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="212"/>
        <location filename="../../qingdao_viewer/export/workbook.py" line="259"/>
        <source>Figures of</source>
        <translation>数据所属</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="213"/>
        <location filename="../../qingdao_viewer/export/workbook.py" line="342"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="215"/>
        <source>Cite as</source>
        <translation>引用格式</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="220"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="223"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="224"/>
        <source>Whole numbers, shown with thousands separators (2131 shown as 2,131).</source>
        <translation>整数，显示千位分隔符（2131 显示为 2,131）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="227"/>
        <source>Shares</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="228"/>
        <source>Percentages of the cluster&apos;s total, rounded to whole numbers as the source prints them, held as fractions (0.25 shown as 25%).</source>
        <translation>占集群总量的百分比，按来源的印法取整，以小数存储（0.25 显示为 25%）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="234"/>
        <source>Empty cells</source>
        <translation>空单元格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="234"/>
        <source>A figure the source does not give.</source>
        <translation>来源未提供的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="235"/>
        <source>Made with</source>
        <translation>制作工具</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="244"/>
        <source>Where the figures come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="257"/>
        <location filename="../../qingdao_viewer/export/workbook.py" line="272"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="258"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="260"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="273"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="274"/>
        <source>A cell holds</source>
        <translation>单元格内容</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="275"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="335"/>
        <source>Global Innovation Index science and technology cluster figures</source>
        <translation>全球创新指数科技集群数据</translation>
    </message>
</context>
</TS>
