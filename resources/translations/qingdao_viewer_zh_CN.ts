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
        <location filename="../../qingdao_viewer/ui/accessibility.py" line="20"/>
        <source>Reads WIPO Global Innovation Index science and technology cluster profiles.</source>
        <translation>用于查看世界知识产权组织（WIPO）《全球创新指数》科技集群概况。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="49"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="51"/>
        <source>Source and licence of the profile shown</source>
        <translation>当前概况的来源与许可</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="53"/>
        <source>Cite the GII 2024 as: {citation}</source>
        <translation>引用《2024年全球创新指数》：{citation}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/about.py" line="56"/>
        <source>The figures are licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;Creative Commons Attribution 4.0 International (CC BY 4.0)&lt;/a&gt;, © WIPO.</source>
        <translation>数据采用&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;知识共享署名4.0国际许可协议（CC BY 4.0）&lt;/a&gt;，© WIPO。</translation>
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
        <translation>图中显示前{count}项；表中另有1行</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/spec.py" line="91"/>
        <source>Top {count} drawn; {left_out} more rows in the table</source>
        <translation>图中显示前{count}项；表中另有{left_out}行</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/renderer.py" line="97"/>
        <location filename="../../qingdao_viewer/ui/grouped_chart.py" line="60"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="68"/>
        <source>Chart: {title}</source>
        <translation>图表：{title}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="69"/>
        <source>{label}: {share}</source>
        <translation>{label}：{share}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/spec.py" line="84"/>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="163"/>
        <source>{title} — {subject}</source>
        <translation>{subject}——{title}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/ranks_chart.py" line="76"/>
        <source>Ranks over the editions</source>
        <translation>各版本的排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/ranks_chart.py" line="85"/>
        <source>GII {year}: {rank}</source>
        <translation>GII {year}：{rank}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/ranks_chart.py" line="100"/>
        <source>Edition (GII year)</source>
        <translation>版本（GII 年份）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/charts/ranks_chart.py" line="101"/>
        <source>Rank (1 is first)</source>
        <translation>排名（1为第一）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/grouped_chart.py" line="60"/>
        <source>Per 1 million inhabitants</source>
        <translation>每100万居民</translation>
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
        <location filename="../../qingdao_viewer/export/datapackage.py" line="146"/>
        <source>Licence, as the profile states it: {license}.</source>
        <translation>许可（按概况所述）：{license}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="282"/>
        <source>{title}, {path}</source>
        <translation>{title}，{path}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="298"/>
        <source>Tables of Global Innovation Index (GII) science and technology cluster profiles, one CSV file per table. The first columns of every row name its cluster, economy and GII edition, so the files of several clusters stack into one table. Figures are as the source prints them: ranks and counts are whole numbers; per-million figures count five years of output per 1 million inhabitants and are not totals; shares are percentages of the cluster&apos;s total, rounded to whole numbers. An empty cell is a figure the source does not give.</source>
        <translation>全球创新指数（GII）科技集群概况的表格，每个表格一个 CSV 文件。每行的前几列写明其集群、经济体和 GII 版本，因此多个集群的文件可以合并为一个表格。数据与来源一致：排名和计数为整数；每百万居民数据统计五年的产出，并非总数；占比是占集群总量的百分比，四舍五入为整数。空单元格表示来源未给出的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="311"/>
        <source>Not the source&apos;s figures: {files}, estimates derived by Qingdao Viewer from them and not published by the source, each resource saying how they are computed.</source>
        <translation>以下文件并非来源的数据：{files}，是 Qingdao Viewer 根据来源数据推算的估计，来源并未发布；每个资源都说明其计算方法。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="319"/>
        <source>Cite the source: {sources}.</source>
        <translation>引用来源：{sources}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="323"/>
        <source>The profile of {editions} names no source for its figures.</source>
        <translation>{editions} 的概况未注明数据来源。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="331"/>
        <source>{editions} — GII S&amp;T cluster profile tables</source>
        <translation>{editions}——GII 科技集群概况表格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/datapackage.py" line="333"/>
        <source>GII S&amp;T cluster profile tables</source>
        <translation>GII 科技集群概况表格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/plan.py" line="78"/>
        <source>{caption}.</source>
        <translation>{caption}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/i18n.py" line="86"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}；{later}</translation>
    </message>
</context>
<context>
    <name>ImageSize</name>
    <message>
        <location filename="../../qingdao_viewer/ui/image_size_dialog.py" line="29"/>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
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
        <translation>图像：{width} × {height}像素</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qingdao_viewer/ui/app.py" line="213"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="104"/>
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
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="25"/>
        <source>GII cluster profiles (*.yaml *.yml *.txt);;Profile YAML (*.yaml *.yml);;Profile text (*.txt)</source>
        <translation>GII 集群概况 (*.yaml *.yml *.txt);;概况 YAML (*.yaml *.yml);;概况文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="51"/>
        <source>Profiles read from the pasted text: {read} of {found}; kept in the library: {kept}.</source>
        <translation>从粘贴的文本中读取了{found}个概况中的{read}个；已保留到资料库：{kept}个。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="54"/>
        <source>Shown: {title}.</source>
        <translation>正在显示：{title}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="61"/>
        <source>{path}: cannot write: {reason}. Profiles not kept: {count}.</source>
        <translation>{path}：无法写入：{reason}。未保留的概况：{count}个。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="271"/>
        <source>At most {count} clusters can be compared, the one shown among them.</source>
        <translation>最多可对比{count}个集群（含当前显示的集群）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="272"/>
        <source>Too many clusters</source>
        <translation>集群过多</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="40"/>
        <source>Profiles read: {read} of {files} files; in the library now: {kept}.</source>
        <translation>已读取概况：{read}个（共{files}个文件）；现已在资料库中：{kept}个。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="46"/>
        <source>Files not named as profiles (.yaml, .yml, .txt), skipped: {count}.</source>
        <translation>文件名不是概况文件（.yaml、.yml、.txt）而跳过的文件：{count}个。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="59"/>
        <source>{path}: cannot be kept: {reason}</source>
        <translation>{path}：无法保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="62"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="66"/>
        <source>Refused:</source>
        <translation>未能读取：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="92"/>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="101"/>
        <source>Import profiles</source>
        <translation>导入概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/import_commands.py" line="102"/>
        <source>Reading and keeping profiles…</source>
        <translation>正在读取并保存概况…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="78"/>
        <source>Profiles pasted</source>
        <translation>已粘贴概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="255"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="31"/>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}：无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="57"/>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="58"/>
        <source>Cluster profile shown</source>
        <translation>当前显示的集群概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="62"/>
        <source>compared with {cluster} and {count} more</source>
        <translation>与 {cluster} 等另外{count}个集群对比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="56"/>
        <source>C&amp;luster:</source>
        <translation>集群(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="107"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="44"/>
        <source>&amp;Open profile…</source>
        <translation>打开概况(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="46"/>
        <source>&amp;Save profile as YAML…</source>
        <translation>将概况另存为 YAML(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="47"/>
        <source>Re&amp;move from library…</source>
        <translation>从资料库中移除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="48"/>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="145"/>
        <source>Show library &amp;folder</source>
        <translation>显示资料库文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="50"/>
        <source>Export &amp;workbook (XLSX)…</source>
        <translation>导出工作簿（XLSX）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="52"/>
        <source>Export &amp;all to folder…</source>
        <translation>全部导出到文件夹(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="53"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="108"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="56"/>
        <location filename="../../qingdao_viewer/ui/table_view.py" line="83"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="57"/>
        <location filename="../../qingdao_viewer/ui/table_view.py" line="87"/>
        <source>Copy &amp;table</source>
        <translation>复制表格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="58"/>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="63"/>
        <source>Copy c&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="59"/>
        <source>&amp;Paste profile text</source>
        <translation>粘贴概况文本(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="109"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="40"/>
        <source>Co&amp;mpare with…</source>
        <translation>对比(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="45"/>
        <source>Import profi&amp;les…</source>
        <translation>导入概况(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="49"/>
        <location filename="../../qingdao_viewer/ui/table_view.py" line="89"/>
        <source>Export table as CS&amp;V…</source>
        <translation>将表格导出为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="51"/>
        <location filename="../../qingdao_viewer/ui/share_chart.py" line="65"/>
        <source>Export chart as P&amp;NG or SVG…</source>
        <translation>将图表导出为 PNG 或 SVG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="54"/>
        <source>Pr&amp;int report…</source>
        <translation>打印报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="62"/>
        <source>&amp;Stop comparing</source>
        <translation>停止对比(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="63"/>
        <source>Li&amp;brary…</source>
        <translation>资料库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="64"/>
        <source>Show &amp;derived estimates</source>
        <translation>显示推算估计(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="65"/>
        <source>P&amp;revious tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="66"/>
        <source>Ne&amp;xt tab</source>
        <translation>下一个标签页(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="114"/>
        <source>Open rec&amp;ent</source>
        <translation>最近打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="115"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="119"/>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="116"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="67"/>
        <source>R&amp;eset settings…</source>
        <translation>重置设置(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="110"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="68"/>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="160"/>
        <source>{cluster} — GII {year} S&amp;T cluster</source>
        <translation>{cluster}——GII {year} 科技集群</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="76"/>
        <source>{first} and {second} — compared</source>
        <translation>{first} 与 {second}——对比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="77"/>
        <source>{first} and {count} other clusters — compared</source>
        <translation>{first} 与另外{count}个集群——对比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="271"/>
        <source>Reset settings</source>
        <translation>重置设置</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/main_window.py" line="272"/>
        <source>Forget the window&apos;s size and place, the last tab and profile, the language, the theme and the recent profiles? Profiles kept in the library stay.</source>
        <translation>要清除窗口大小与位置、上次的标签页与概况、语言、主题以及最近打开的概况吗？资料库中保存的概况会保留。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="60"/>
        <source>compared with {cluster}</source>
        <translation>与 {cluster} 对比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/actions.py" line="41"/>
        <source>Co&amp;mpare with another…</source>
        <translation>与其他集群对比(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="231"/>
        <source>Nothing to paste</source>
        <translation>没有可粘贴的内容</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="232"/>
        <source>The clipboard holds no text. Copy a cluster profile&apos;s text first.</source>
        <translation>剪贴板中没有文本。请先复制一份集群概况的文本。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="146"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="149"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="247"/>
        <source>Cannot read the pasted profile</source>
        <translation>无法读取粘贴的概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="157"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="254"/>
        <source>Profile not kept</source>
        <translation>概况未保存</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="158"/>
        <source>{path}: cannot write: {reason}. The profile is shown, but is not kept for next time; use File &gt; Save profile as YAML.</source>
        <translation>{path}：无法写入：{reason}。概况已显示，但不会保留到下次；请使用“文件 &gt; 将概况另存为 YAML”。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="294"/>
        <source>Save profile as YAML</source>
        <translation>将概况另存为 YAML</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="296"/>
        <source>Profile YAML (*.yaml *.yml)</source>
        <translation>概况 YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/cluster_picker.py" line="19"/>
        <source>{profile} (kept)</source>
        <translation>{profile}（已保存）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="178"/>
        <source>No recent profiles</source>
        <translation>没有最近打开的概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="180"/>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="79"/>
        <source>Another profile file…</source>
        <translation>其他概况文件…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="54"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="217"/>
        <source>Compare with</source>
        <translation>选择对比集群</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="59"/>
        <source>Set these clusters beside the one shown: up to {count}; Ctrl+click or Shift+click selects several.</source>
        <translation>选择与当前集群并列显示的集群：最多{count}个；按住 Ctrl 或 Shift 单击可多选。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="69"/>
        <source>Profiles to compare with</source>
        <translation>可供比较的概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="75"/>
        <source>No other profile in the library</source>
        <translation>资料库中没有其他概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="80"/>
        <source>Paste profile text</source>
        <translation>粘贴概况文本</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_dialog.py" line="125"/>
        <source>{selected} selected: at most {count} can be set beside the one shown.</source>
        <translation>已选{selected}个：最多只能选{count}个与当前集群并列显示。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="120"/>
        <source>Open profile</source>
        <translation>打开概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="323"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="116"/>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="323"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="118"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="135"/>
        <source>No chart</source>
        <translation>没有图表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="136"/>
        <source>This tab has no chart to export.</source>
        <translation>此标签页没有可导出的图表。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="141"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="143"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="174"/>
        <source>Export all tables and charts to folder</source>
        <translation>将所有表格和图表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="370"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="74"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="193"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="223"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="188"/>
        <source>Export all</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="189"/>
        <source>Writing the tables and charts to {folder}…</source>
        <translation>正在将表格和图表写入 {folder}…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="232"/>
        <source>Making the report of {cluster}…</source>
        <translation>正在生成 {cluster} 的报告…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/progress.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="207"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="235"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="213"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="330"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="280"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="330"/>
        <location filename="../../qingdao_viewer/ui/window_commands.py" line="282"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/theme.py" line="33"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/theme.py" line="34"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/theme.py" line="35"/>
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
        <translation>{folder} 中已有本次导出的{count}个文件。要替换它们吗？</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="35"/>
        <location filename="../../qingdao_viewer/ui/profile_doors.py" line="42"/>
        <source>and {count} more</source>
        <translation>以及另外{count}个</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="38"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="75"/>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="373"/>
        <source>Wrote {count} files to {folder}</source>
        <translation>已将{count}个文件写入 {folder}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="77"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/export_prompts.py" line="79"/>
        <source>Open the folder exported to</source>
        <translation>打开导出的目标文件夹</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="86"/>
        <source>Remove {profile} from the library? Its file {path} is deleted. The profile stays shown until you open another; File &gt; Save profile as YAML can still save it.</source>
        <translation>要从资料库中移除 {profile} 吗？其文件 {path} 将被删除。在打开其他概况之前，该概况仍会显示；仍可用“文件 &gt; 将概况另存为 YAML”保存它。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="91"/>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="276"/>
        <source>Remove from library</source>
        <translation>从资料库中移除</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="99"/>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="286"/>
        <source>Cannot remove profile</source>
        <translation>无法移除概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="100"/>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="287"/>
        <source>{path}: cannot be removed: {reason}</source>
        <translation>{path}：无法移除：{reason}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="113"/>
        <location filename="../../qingdao_viewer/ui/library_commands.py" line="122"/>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="311"/>
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
        <location filename="../../qingdao_viewer/ui/library_view.py" line="312"/>
        <source>No file manager opened {path}.</source>
        <translation>未能用文件管理器打开 {path}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="124"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="128"/>
        <source>Filter by cluster, economy or top name</source>
        <translation>按集群、经济体或首位名称筛选</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="130"/>
        <source>Filter the library</source>
        <translation>筛选资料库</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="132"/>
        <source>Economy</source>
        <translation>经济体</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="134"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="139"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="141"/>
        <source>&amp;Compare the selected</source>
        <translation>对比所选集群(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="143"/>
        <source>&amp;Remove from library…</source>
        <translation>从资料库中移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="147"/>
        <source>S&amp;how in folder</source>
        <translation>在文件夹中显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="149"/>
        <source>&amp;Export library as…</source>
        <translation>导出资料库为(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="152"/>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="153"/>
        <source>&amp;Workbook (XLSX)…</source>
        <translation>工作簿（XLSX）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="154"/>
        <source>&amp;Data package (CSV and datapackage.json)…</source>
        <translation>数据包（CSV 和 datapackage.json）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="208"/>
        <source>All economies</source>
        <translation>所有经济体</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="209"/>
        <source>All editions</source>
        <translation>所有版本</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="226"/>
        <source>{shown} of {total} shown</source>
        <translation>显示{shown}个，共{total}个</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="275"/>
        <source>Remove these profiles from the library? Their files are deleted.
{names}</source>
        <translation>要从资料库中移除这些概况吗？其文件将被删除。
{names}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="358"/>
        <source>Export library as data package</source>
        <translation>将资料库导出为数据包</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/library_view.py" line="379"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/print_preview.py" line="48"/>
        <source>Print preview: {clusters}</source>
        <translation>打印预览：{clusters}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/tab_pages.py" line="148"/>
        <source>Profile pages</source>
        <translation>概况页面</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../qingdao_viewer/report/table_flow.py" line="45"/>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="72"/>
        <source>{clusters} — GII S&amp;T cluster profiles compared</source>
        <translation>{clusters}——GII 科技集群概况比较</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="74"/>
        <source>{cluster} — GII {year} S&amp;T cluster profile</source>
        <translation>{cluster}——GII {year} 科技集群概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="82"/>
        <source>GII S&amp;T cluster profiles compared</source>
        <translation>GII 科技集群概况比较</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="83"/>
        <source>GII {year} S&amp;T cluster profile</source>
        <translation>GII {year} 科技集群概况</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="85"/>
        <source>{names} and {last}</source>
        <translation>{names} 与 {last}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="97"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="256"/>
        <source>Ranks</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="261"/>
        <source>Output per 1 million inhabitants</source>
        <translation>每100万居民的产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="267"/>
        <location filename="../../qingdao_viewer/report/content.py" line="339"/>
        <source>Leading organizations</source>
        <translation>领先机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="272"/>
        <source>Made in collaboration</source>
        <translation>合作产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="308"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="323"/>
        <source>Science and technology clusters compared · Global Innovation Index {years}</source>
        <translation>科技集群比较 · 全球创新指数 {years}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="329"/>
        <source>Key figures: {clusters}</source>
        <translation>关键数据：{clusters}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="156"/>
        <source>The source profile lists no rows for this table.</source>
        <translation>来源概况未列出此表的数据行。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="209"/>
        <source>Patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="211"/>
        <source>Publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="215"/>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="140"/>
        <location filename="../../qingdao_viewer/report/pdf_report.py" line="174"/>
        <source>Page {number} of {total}</source>
        <translation>第{number}页，共{total}页</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="22"/>
        <source>not given in the source profile</source>
        <translation>来源概况未给出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/report/content.py" line="300"/>
        <location filename="../../qingdao_viewer/tables/table.py" line="63"/>
        <source>{cluster}, GII {year}</source>
        <translation>{cluster}，GII {year}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="95"/>
        <source>{what}; period {not_given}</source>
        <translation>{what}（统计期：{not_given}）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="96"/>
        <source>{what}, {first}–{last}</source>
        <translation>{what}（{first}–{last}年）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="104"/>
        <source>largest science and technology cluster of the top 100 in {year}</source>
        <translation>{year}年全球前100科技集群中的规模排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="109"/>
        <source>rank by intensity: {not_given}</source>
        <translation>强度排名：{not_given}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="112"/>
        <source>S&amp;T cluster by intensity (relative to population density)</source>
        <translation>科技集群强度排名（相对于人口密度）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="117"/>
        <source>rank within {economy}: {not_given}</source>
        <translation>在{economy}集群中的排名：{not_given}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="174"/>
        <source>of PCT applications are co-invented with other inventors</source>
        <translation>PCT 申请中与其他发明人合作发明的比例</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="176"/>
        <source>{patents} of {cluster}&apos;s PCT patent applications are filed in collaboration with other inventors; {publications} of its scientific articles are published in collaboration with other organizations.</source>
        <translation>{cluster} 的 PCT 专利申请中有{patents}与其他发明人合作提交；其科学论文中有{publications}与其他机构合作发表。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="28"/>
        <source>{rank} of {total}</source>
        <translation>{rank}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="29"/>
        <source>among the clusters of {economy} in the top 100</source>
        <translation>在{economy}入选全球前100的{total}个集群中</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="133"/>
        <source>Both figures count five years of output per 1 million inhabitants; they are not totals. PCT applications are counted by publication year; articles are Web of Science (Science Citation Index Expanded) original research articles.</source>
        <translation>两项数据均为五年内每100万居民的产出，并非总量。PCT 申请按公布年份统计；论文为 Web of Science（科学引文索引扩展版）收录的原创研究论文。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="140"/>
        <source>Both figures count five years of output per 1 million inhabitants; they are not totals.</source>
        <translation>两项数据均为五年内每100万居民的产出，并非总量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="147"/>
        <source>PCT patent applications per 1 million inhabitants</source>
        <translation>每100万居民 PCT 专利申请数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="153"/>
        <source>scientific articles per 1 million inhabitants</source>
        <translation>每100万居民科学论文数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="175"/>
        <source>of scientific articles are co-published with other organizations</source>
        <translation>科学论文中与其他机构合作发表的比例</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="191"/>
        <source>Science and technology cluster · Global Innovation Index {year}</source>
        <translation>科技集群 · {year}年全球创新指数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="199"/>
        <source>top PCT applicant: {count} applications, {share} of the cluster&apos;s total</source>
        <translation>首位 PCT 申请人：{count}件申请，占集群总量的{share}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/overview.py" line="203"/>
        <source>top publishing organization: {count} articles, {share} of the cluster&apos;s total</source>
        <translation>首位发表机构：{count}篇论文，占集群总量的{share}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="56"/>
        <location filename="../../qingdao_viewer/tables/editions.py" line="158"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="56"/>
        <source>What the figures of the row are.</source>
        <translation>该行数据所表示的指标。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="58"/>
        <source>The figures of {cluster}.</source>
        <translation>{cluster}的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="131"/>
        <source>Output per 1 million inhabitants, both clusters</source>
        <translation>每100万居民的产出（两个集群）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="133"/>
        <source>Key figures — {count} clusters</source>
        <translation>关键数据——{count}个集群</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="134"/>
        <source>Share of output made in collaboration, {count} clusters</source>
        <translation>合作产出占比（{count}个集群）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="137"/>
        <source>Output per 1 million inhabitants, {count} clusters</source>
        <translation>每100万居民的产出（{count}个集群）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="153"/>
        <source>The percentage of that cluster&apos;s output of this kind made in collaboration, rounded to a whole number as the source prints it.</source>
        <translation>该集群此类产出中合作完成的百分比，与来源一致，四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="127"/>
        <source>Key figures — {first} and {second}</source>
        <translation>{first} 与 {second}——关键数据</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="158"/>
        <source>That cluster&apos;s output of this kind per 1 million inhabitants over five years, as the source prints it: a rate, not a total.</source>
        <translation>该集群此类产出在五年内每100万居民的数量，与来源所印一致：为比率，而非总数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="200"/>
        <source>PCT applications co-invented with other inventors</source>
        <translation>与其他发明人合作发明的 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="168"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="294"/>
        <source>Per-million figures are per 1 million inhabitants over five years, not totals.</source>
        <translation>每百万居民数据为五年内每100万居民的产出，并非总量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="130"/>
        <source>Share of output made in collaboration, both clusters</source>
        <translation>合作产出占比（两个集群）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="180"/>
        <source>Output</source>
        <translation>产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="204"/>
        <source>Scientific articles co-published with other organizations</source>
        <translation>与其他机构合作发表的科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="14"/>
        <source>The source profile gives no figures for its top technology fields ({side}).</source>
        <translation>来源概况未给出其主要技术领域（{side}）的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="23"/>
        <source>Source: not given in this profile.</source>
        <translation>来源：本概况未注明。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="25"/>
        <source>Source: {publisher}, {title}.</source>
        <translation>来源：{publisher}，{title}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="29"/>
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
        <translation>数据所属的全球创新指数版本。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="75"/>
        <source>Rank by size (top 100)</source>
        <translation>规模排名（前100）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="80"/>
        <source>Rank by intensity (top 100)</source>
        <translation>强度排名（前100）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="72"/>
        <source>Source: WIPO, Global Innovation Index cluster profiles, each as its profile credits it. Licensed under CC BY 4.0.</source>
        <translation>来源：WIPO，全球创新指数集群概况，各以其概况所载出处为准。许可协议：CC BY 4.0。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="87"/>
        <source>A rank as the profile prints it.</source>
        <translation>排名，与概况一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="90"/>
        <source>Size rank</source>
        <translation>规模排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="91"/>
        <source>Intensity rank</source>
        <translation>强度排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="92"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="89"/>
        <source>Rank in economy</source>
        <translation>经济体内排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="94"/>
        <source>Clusters of its economy</source>
        <translation>所在经济体的集群数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="96"/>
        <source>The economy&apos;s clusters in the top 100.</source>
        <translation>该经济体入选全球前100的集群数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="99"/>
        <source>PCT applications per million</source>
        <translation>每百万居民 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="101"/>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="106"/>
        <source>Per 1 million inhabitants over five years, not a total.</source>
        <translation>五年内每100万居民的产出，并非总量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="104"/>
        <source>Scientific articles per million</source>
        <translation>每百万居民科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="109"/>
        <source>PCT co-invented</source>
        <translation>PCT 合作发明</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="111"/>
        <source>PCT applications co-invented with other inventors.</source>
        <translation>与其他发明人合作发明的 PCT 申请。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="114"/>
        <source>Articles co-published</source>
        <translation>合作发表论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="116"/>
        <source>Scientific articles co-published with other organizations.</source>
        <translation>与其他机构合作发表的科学论文。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="118"/>
        <source>Top PCT applicant</source>
        <translation>首位 PCT 申请人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="119"/>
        <source>Top publishing organization</source>
        <translation>首位发表机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="120"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="120"/>
        <source>Where the profile is kept.</source>
        <translation>概况的保存位置。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="135"/>
        <source>Library of profiles</source>
        <translation>概况资料库</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/library_table.py" line="138"/>
        <source>Figures as each profile prints them; per-million figures are not totals.</source>
        <translation>数据与各概况一致；每百万居民数据并非总量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="96"/>
        <source>Economy&apos;s clusters in top 100</source>
        <translation>该经济体入选前100的集群数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="179"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="103"/>
        <source>PCT applications per 1M inhabitants</source>
        <translation>每百万居民 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/comparison.py" line="183"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="126"/>
        <source>Scientific articles per 1M inhabitants</source>
        <translation>每百万居民科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="112"/>
        <source>PCT applications from (year)</source>
        <translation>PCT 申请统计起始年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="28"/>
        <source>{copyright}.</source>
        <translation>{copyright}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="31"/>
        <source>DOI {doi}.</source>
        <translation>DOI：{doi}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="77"/>
        <source>The cluster&apos;s rank by size among the GII&apos;s top 100 S&amp;T clusters (1 is the largest).</source>
        <translation>集群在 GII 全球前100科技集群中的规模排名（1为最大）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="82"/>
        <source>The cluster&apos;s rank among the top 100 by intensity, that is its output relative to population density (1 is first); empty where the profile does not give it.</source>
        <translation>集群在全球前100中的强度排名，即相对于人口密度的产出（1为第一）；概况未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="91"/>
        <source>The cluster&apos;s rank among its economy&apos;s clusters in the top 100; empty where not given.</source>
        <translation>集群在其经济体入选前100的集群中的排名；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="98"/>
        <source>How many of the top 100 S&amp;T clusters are in the cluster&apos;s economy; empty where not given.</source>
        <translation>全球前100科技集群中位于该集群所在经济体的数量；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="105"/>
        <source>PCT patent applications per 1 million inhabitants, counting five years of output (the years in the next two columns): a rate, not a total.</source>
        <translation>每百万居民 PCT 专利申请，统计五年的产出（年份见后两列）：是比率，不是总数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="114"/>
        <source>The first year of the PCT applications counted, by publication date; empty where not given.</source>
        <translation>所统计 PCT 申请的起始年份（按公布日期）；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="119"/>
        <source>PCT applications to (year)</source>
        <translation>PCT 申请统计截止年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="121"/>
        <source>The last year of the PCT applications counted, by publication date; empty where not given.</source>
        <translation>所统计 PCT 申请的截止年份（按公布日期）；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="128"/>
        <source>Scientific articles per 1 million inhabitants, counting five years of output (the publication years in the next two columns): a rate, not a total.</source>
        <translation>每百万居民科学论文，统计五年的产出（发表年份见后两列）：是比率，不是总数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="135"/>
        <source>Scientific articles from (year)</source>
        <translation>科学论文统计起始年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="137"/>
        <source>The first publication year of the scientific articles counted; empty where not given.</source>
        <translation>所统计科学论文的起始发表年份；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="142"/>
        <source>Scientific articles to (year)</source>
        <translation>科学论文统计截止年</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="144"/>
        <source>The last publication year of the scientific articles counted; empty where not given.</source>
        <translation>所统计科学论文的截止发表年份；未给出时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="147"/>
        <source>PCT applications co-invented</source>
        <translation>合作发明的 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="149"/>
        <source>The percentage of the cluster&apos;s PCT applications filed with other inventors, rounded to a whole number as the source prints it.</source>
        <translation>集群 PCT 申请中与其他发明人合作提交的百分比，与来源一致，四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="289"/>
        <source>Key figures — {cluster}, GII {year}</source>
        <translation>{cluster}，GII {year}——关键数据</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="353"/>
        <source>Who it is made with: other inventors or other organizations.</source>
        <translation>合作对象：其他发明人或其他机构。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="366"/>
        <source>other inventors</source>
        <translation>其他发明人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="156"/>
        <source>Scientific articles co-published</source>
        <translation>合作发表的科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="158"/>
        <source>The percentage of the cluster&apos;s scientific articles published with other organizations, rounded to a whole number as the source prints it.</source>
        <translation>集群科学论文中与其他机构合作发表的百分比，与来源一致，四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="171"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="175"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="181"/>
        <source>The kind of output: PCT applications or scientific articles.</source>
        <translation>产出类型：PCT 申请或科学论文。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="186"/>
        <source>The row&apos;s rank in the source&apos;s top list (1 is first; equal ranks are ties).</source>
        <translation>该行在来源排行榜中的排名（1为第一；排名相同表示并列）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="220"/>
        <source>The row&apos;s count as a percentage of the cluster&apos;s total, rounded to a whole number as the source prints it.</source>
        <translation>该行数量占集群总量的百分比，与来源一致，四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="230"/>
        <source>Share: the row&apos;s count as a percentage of the cluster&apos;s total, as the source rounds it.</source>
        <translation>占比：该行数量占集群总量的百分比，与来源一致取整。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="244"/>
        <source>Technology field</source>
        <translation>技术领域</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="245"/>
        <source>The technology field, as the source names it.</source>
        <translation>技术领域，名称与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="248"/>
        <source>The field&apos;s percentage of the cluster&apos;s output of this kind, rounded to a whole number as the source prints it.</source>
        <translation>该领域占集群此类产出的百分比，与来源一致，四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="268"/>
        <source>The location&apos;s place in the source&apos;s list (1 is first).</source>
        <translation>该地点在来源列表中的位次（1为第一）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="270"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="271"/>
        <source>A top collaborating location, as the source names it.</source>
        <translation>主要合作地点，名称与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="276"/>
        <source>The source profile names no collaborating locations.</source>
        <translation>来源概况未列出合作地点。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="300"/>
        <source>Top PCT applicants</source>
        <translation>主要 PCT 申请人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="302"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="303"/>
        <source>The PCT applicant, as the source prints its name.</source>
        <translation>PCT 申请人，名称与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="306"/>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="365"/>
        <source>PCT applications</source>
        <translation>PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="308"/>
        <source>The applicant&apos;s number of the cluster&apos;s PCT applications, as the source gives it.</source>
        <translation>该申请人在集群中的 PCT 申请数量，与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="317"/>
        <source>Top technology fields: patents</source>
        <translation>主要技术领域：专利</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="318"/>
        <source>patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="324"/>
        <source>Top publishing organizations</source>
        <translation>主要发表机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="326"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="327"/>
        <source>The publishing organization, as the source prints its name.</source>
        <translation>发表机构，名称与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="330"/>
        <source>Articles</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="332"/>
        <source>The organization&apos;s number of the cluster&apos;s scientific articles, as the source gives it.</source>
        <translation>该机构在集群中的科学论文数量，与来源一致。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="341"/>
        <source>Top technology fields: publications</source>
        <translation>主要技术领域：论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="342"/>
        <source>publications</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="348"/>
        <source>Share of output made in collaboration</source>
        <translation>合作产出占比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="352"/>
        <source>In collaboration with</source>
        <translation>合作对象</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="356"/>
        <source>The percentage of the cluster&apos;s output of this kind made in collaboration, rounded to a whole number as the source prints it.</source>
        <translation>集群此类产出中合作完成的百分比，与来源一致，四舍五入为整数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="370"/>
        <source>Scientific articles</source>
        <translation>科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="371"/>
        <source>other organizations</source>
        <translation>其他机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="381"/>
        <source>Top locations of co-inventors (PCT applications)</source>
        <translation>合作发明人的主要所在地（PCT 申请）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/profile_tables.py" line="387"/>
        <source>Top locations of co-publishers (scientific articles)</source>
        <translation>合作发表方的主要所在地（科学论文）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/table_model.py" line="13"/>
        <source>Not given in the source profile</source>
        <translation>来源概况未给出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="138"/>
        <source>Derived by Qingdao Viewer, not published by WIPO: a top list&apos;s share is its count over the cluster&apos;s total, rounded to a whole percentage, so each row bounds the total; the estimate is the narrowest interval all rows allow. The population is a total over its per-million figure.</source>
        <translation>由 Qingdao Viewer 推算，并非 WIPO 发布：排行榜中的占比是该行数量除以集群总量、取整为百分比，因此每一行都限定了总量的范围；估计值是所有行共同允许的最窄区间。人口为总量除以其每百万居民数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="148"/>
        <source>the listed rows&apos; sum</source>
        <translation>所列各行之和</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="149"/>
        <source>row {ranks}</source>
        <translation>第{ranks}行</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="154"/>
        <source>No estimate: the {list} give no rows, or no total fits them all.</source>
        <translation>无法估计：{list}没有数据行，或没有任何总量能同时符合所有行。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="159"/>
        <source>From the {list}&apos; counts and rounded shares: low from {low}, high from {high}.</source>
        <translation>根据{list}的数量和取整后的占比：下限来自{low}，上限来自{high}。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="167"/>
        <source>No estimate: the totals above give none.</source>
        <translation>无法估计：上述总量未给出估计。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="176"/>
        <source>top PCT applicants</source>
        <translation>主要 PCT 申请人</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="177"/>
        <source>top publishing organizations</source>
        <translation>主要发表机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="179"/>
        <source>PCT applications, cluster total</source>
        <translation>PCT 申请，集群总量</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="180"/>
        <source>Scientific articles, cluster total</source>
        <translation>科学论文，集群总量</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="182"/>
        <source>Population, from PCT applications</source>
        <translation>人口（由 PCT 申请推算）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="183"/>
        <source>The PCT total over PCT applications per million inhabitants.</source>
        <translation>PCT 申请总量除以每百万居民 PCT 申请数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="187"/>
        <source>Population, from scientific articles</source>
        <translation>人口（由科学论文推算）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="188"/>
        <source>The article total over scientific articles per million inhabitants.</source>
        <translation>论文总量除以每百万居民科学论文数。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="192"/>
        <source>Population, both taken together</source>
        <translation>人口（两者合并）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="193"/>
        <source>Where the two population intervals overlap.</source>
        <translation>两个人口区间的重叠部分。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="203"/>
        <location filename="../../qingdao_viewer/tables/derived.py" line="213"/>
        <source>Derived estimates (not in the source)</source>
        <translation>推算估计（来源中没有）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="233"/>
        <source>Figure (derived)</source>
        <translation>数据（推算）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="234"/>
        <source>The figure estimated: derived by Qingdao Viewer from the profile&apos;s figures, not published by WIPO.</source>
        <translation>所估计的数据：由 Qingdao Viewer 根据概况中的数据推算，并非 WIPO 发布。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="240"/>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="242"/>
        <source>Derived: the interval&apos;s middle (a population rounded to ten thousands); empty where there is no estimate.</source>
        <translation>推算：区间的中点（人口取整到万）；没有估计时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="251"/>
        <source>Derived: the interval&apos;s lower bound, included.</source>
        <translation>推算：区间的下限（含）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="256"/>
        <source>Derived: the interval&apos;s upper bound, included; empty where the rows give none.</source>
        <translation>推算：区间的上限（含）；各行未给出上限时为空。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="260"/>
        <source>How the derived estimate follows from the source&apos;s figures.</source>
        <translation>推算估计如何由来源数据得出。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="270"/>
        <source>The S&amp;T cluster whose profile&apos;s figures the estimate is derived from.</source>
        <translation>估计所依据的概况所属的科技集群。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="272"/>
        <source>The economy of the cluster the estimate is derived for.</source>
        <translation>所推算集群所在的经济体。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="274"/>
        <source>The edition of the Global Innovation Index the estimate is derived from.</source>
        <translation>估计所依据的全球创新指数版本。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="249"/>
        <source>At least</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="254"/>
        <source>At most</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="259"/>
        <source>How it is derived</source>
        <translation>推算方法</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="86"/>
        <source>Rank in the top 100 by size</source>
        <translation>全球前100中的规模排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="87"/>
        <source>Rank by intensity</source>
        <translation>强度排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="88"/>
        <source>Rank in its economy</source>
        <translation>所在经济体内排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="90"/>
        <source>PCT applications per million inhabitants</source>
        <translation>每百万居民 PCT 申请</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="95"/>
        <source>Scientific articles per million inhabitants</source>
        <translation>每百万居民科学论文</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="100"/>
        <source>PCT applications co-invented (%)</source>
        <translation>合作发明的 PCT 申请（%）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="105"/>
        <source>Articles co-published with other organizations (%)</source>
        <translation>与其他机构合作发表的论文（%）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="114"/>
        <source>Figures as each edition published them. WIPO redraws cluster boundaries and restates ranks in each edition, so a change is between the editions as published, not a measured change of the cluster.</source>
        <translation>数字为各版本发布时的数字。WIPO 每一版都会重新划定集群边界并重述排名，因此变化是已发布版本之间的差异，并非对该集群变化的测量。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="160"/>
        <source>GII {year}</source>
        <translation>GII {year}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="165"/>
        <source>Change, GII {earlier} to {later} (between published editions)</source>
        <translation>变化，GII {earlier}至{later}（已发布版本之间）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="169"/>
        <source>The later edition&apos;s published figure minus the earlier one&apos;s; WIPO redraws clusters and restates ranks each edition, so this is not a measured change. For ranks, a negative change is a higher place.</source>
        <translation>较新版本发布的数据减去较早版本的数据；WIPO 每个版本都会重新划定集群并重新公布排名，因此这并非实测的变化。对排名而言，负值表示名次上升。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="185"/>
        <source>{cluster} across editions — GII {years}</source>
        <translation>{cluster} 各版本——GII {years}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/editions.py" line="196"/>
        <source>Key figures by edition — {cluster}</source>
        <translation>{cluster}——各版本关键数据</translation>
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
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="190"/>
        <location filename="../../qingdao_viewer/ui/editions_section.py" line="91"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="342"/>
        <source>Source and licence</source>
        <translation>出处与许可</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="170"/>
        <source>Copy the compared clusters&apos; figures on this page as table rows, with their headers</source>
        <translation>将本页所对比集群的数据复制为表格行（含表头）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="210"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="294"/>
        <source>Ranks</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="212"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="301"/>
        <source>Output per 1 million inhabitants</source>
        <translation>每100万居民的产出</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="214"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="309"/>
        <source>Leading organizations</source>
        <translation>领先机构</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/compare_tabs.py" line="168"/>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="317"/>
        <source>Copy &amp;key figures</source>
        <translation>复制关键数据(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="319"/>
        <source>Copy every figure on this page as one table row, with its headers</source>
        <translation>将本页所有数据复制为一行表格（含表头）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="284"/>
        <source>{low} to {high}</source>
        <translation>{low}至{high}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/tables/derived.py" line="285"/>
        <source>{figure} (derived)</source>
        <translation>{figure}（推算）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/tabs.py" line="388"/>
        <source>Copy &amp;derived estimates</source>
        <translation>复制推算估计(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/editions_section.py" line="79"/>
        <source>Across editions</source>
        <translation>各版本对照</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/ui/editions_section.py" line="87"/>
        <source>Ranks by edition</source>
        <translation>各版本排名</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="42"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="43"/>
        <source>a rank: a whole number</source>
        <translation>排名：整数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="44"/>
        <source>a year: a whole number</source>
        <translation>年份：整数</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="45"/>
        <source>a count: a whole number, shown with thousands separators</source>
        <translation>数量：整数，显示千位分隔符</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="46"/>
        <source>a share of the cluster&apos;s total: a fraction (0.25), shown as a whole percentage (25%)</source>
        <translation>占集群总量的比例：以小数存储（0.25），显示为整数百分比（25%）</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="212"/>
        <location filename="../../qingdao_viewer/export/workbook.py" line="266"/>
        <source>Figures of</source>
        <translation>数据所属</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="215"/>
        <location filename="../../qingdao_viewer/export/workbook.py" line="349"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="217"/>
        <source>Cite as</source>
        <translation>引用格式</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="222"/>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="225"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="226"/>
        <source>Whole numbers, shown with thousands separators (2131 shown as 2,131).</source>
        <translation>整数，显示千位分隔符（2131显示为2,131）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="229"/>
        <source>Shares</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="230"/>
        <source>Percentages of the cluster&apos;s total, rounded to whole numbers as the source prints them, held as fractions (0.25 shown as 25%).</source>
        <translation>占集群总量的百分比，与来源一致取整，以小数存储（0.25显示为25%）。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="236"/>
        <source>Empty cells</source>
        <translation>空单元格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="236"/>
        <source>A figure the source does not give.</source>
        <translation>来源未提供的数据。</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="240"/>
        <source>Not the source&apos;s figures: the sheet {sheets}. {note}</source>
        <translation>并非来源的数据：工作表 {sheets}。{note}</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="242"/>
        <source>Derived estimates</source>
        <translation>推算估计</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="243"/>
        <source>Made with</source>
        <translation>制作工具</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="251"/>
        <source>Where the figures come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="264"/>
        <location filename="../../qingdao_viewer/export/workbook.py" line="279"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="265"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="267"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="280"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="281"/>
        <source>A cell holds</source>
        <translation>单元格内容</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="282"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../qingdao_viewer/export/workbook.py" line="342"/>
        <source>Global Innovation Index science and technology cluster figures</source>
        <translation>全球创新指数科技集群数据</translation>
    </message>
</context>
</TS>
