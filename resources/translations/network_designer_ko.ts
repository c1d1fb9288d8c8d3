<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <location filename="../../widgets/actions.py" line="15"/>
        <source>&lt;h3&gt;Build a network in five steps&lt;/h3&gt;&lt;ol&gt;
&lt;li&gt;Drag an &lt;b&gt;Input&lt;/b&gt; layer from the Layers palette onto the canvas and set its shape in the
Inspector (the ▾ button lists common shapes).&lt;/li&gt;
&lt;li&gt;Add layers: drag them onto the canvas, or double-click one in the palette to add it after
the selected layer, already connected. Drop a layer on a connection to insert it there.&lt;/li&gt;
&lt;li&gt;Connect layers by dragging from a layer&apos;s bottom port to the next layer.&lt;/li&gt;
&lt;li&gt;Choose each layer&apos;s settings in the Inspector. Point at any setting or choice to learn what
it does, with its formula.&lt;/li&gt;
&lt;li&gt;Watch the Summary (shapes and parameter counts) and the Problems list (what to fix).&lt;/li&gt;
&lt;/ol&gt;&lt;p&gt;Everything can be undone (Ctrl+Z). Save with Ctrl+S; File › Open Example has ready
networks, such as XOR and the Keras template of the study notes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="26"/>
        <source>&lt;h3&gt;Network Designer&lt;/h3&gt;&lt;p&gt;Design neural networks
by drawing them, see every layer&apos;s shape and parameter count as you go, and learn what each
choice means.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="56"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="56"/>
        <source>Start an empty network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="57"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="57"/>
        <source>Open a .nnd or .json network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="59"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="59"/>
        <source>Save the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="61"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="62"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="62"/>
        <source>Discard changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="63"/>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="64"/>
        <source>Save the canvas as a PNG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="65"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="67"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="70"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="74"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="74"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="79"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="80"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="81"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="82"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="83"/>
        <source>Copy the selected layers and the connections among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="84"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="85"/>
        <source>Delete the selected layers and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="86"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="87"/>
        <source>Re&amp;name Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="89"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="91"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="92"/>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="92"/>
        <source>Show the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="93"/>
        <source>Auto-layout &amp;Top-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="94"/>
        <source>Arrange the layers in ranks from top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="95"/>
        <source>Auto-layout &amp;Left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="96"/>
        <source>Arrange the layers in ranks from left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="97"/>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="97"/>
        <source>Align layers to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="102"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="103"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="104"/>
        <source>&amp;About Network Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="105"/>
        <source>About Network Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="114"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="117"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="118"/>
        <source>Open E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="127"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="131"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="136"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="159"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="56"/>
        <source>PyTorch could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="57"/>
        <source>PyTorch ready ({0:.1f} s, loaded in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="19"/>
        <source>Stacking linear layers gives just another linear map: without a non-linear activation, ten layers are no better than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="23"/>
        <source>Vanishing gradients: where |x| is large the slope is almost 0, and backpropagation multiplies these slopes layer by layer (the chain rule), so layers far from the output barely learn. Good for a yes/no output; prefer ReLU in hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="28"/>
        <source>Like sigmoid but centred on 0, which helps the next layer; it still saturates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="31"/>
        <source>The usual choice for hidden layers, and the remedy for vanishing gradients. Pair it with He initialization. A neuron whose inputs are always negative &apos;dies&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="35"/>
        <source>The small slope alpha for negative inputs keeps neurons from dying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="38"/>
        <source>Learns its negative slope; strong on large image sets, but may overfit small ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="41"/>
        <source>Negative outputs pull the mean activation toward 0 and no neuron dies; the exponential makes it a little slower than ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="45"/>
        <source>During training each layer&apos;s outputs tend to keep mean 0 and standard deviation 1, which prevents vanishing and exploding gradients (use lecun_normal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="49"/>
        <source>The output of a multi-class classifier: one probability per class, trained with cross-entropy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="53"/>
        <location filename="../../widgets/concepts.py" line="56"/>
        <location filename="../../widgets/concepts.py" line="59"/>
        <source>A smooth ReLU-like curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="65"/>
        <location filename="../../widgets/concepts.py" line="69"/>
        <location filename="../../widgets/concepts.py" line="73"/>
        <source>Constant initialization: every weight starts equal, so every unit computes the same output and learns the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="77"/>
        <source>Linear-algebra based: the weight matrix starts orthogonal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="80"/>
        <source>Linear-algebra based: the weight matrix starts as the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="83"/>
        <location filename="../../widgets/concepts.py" line="87"/>
        <source>Drawn from a fixed distribution, whatever the layer&apos;s size: in deep networks signals grow or fade, and training can stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="91"/>
        <source>Drawn from a fixed distribution, whatever the layer&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="94"/>
        <location filename="../../widgets/concepts.py" line="98"/>
        <source>Variance scaling by fan-in and fan-out (Xavier Glorot, 2010). Pairs with sigmoid and tanh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="102"/>
        <location filename="../../widgets/concepts.py" line="105"/>
        <source>He + ReLU is the most widely used pair today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="108"/>
        <source>Yann LeCun&apos;s idea (LeNet): the larger the fan-in, the smaller the spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="111"/>
        <source>Yann LeCun&apos;s idea (LeNet): the larger the fan-in, the smaller the spread. The partner of SELU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="118"/>
        <source>The number of neurons. Giving every hidden layer the same size often works as well as anything; a larger first hidden layer can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="123"/>
        <source>While training, a random fraction of this layer&apos;s outputs is dropped at every step. No neuron can lean on its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates are 0.1 to 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="129"/>
        <source>While training, this fraction of values is dropped at every step. No neuron can lean on its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates are 0.1 to 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="135"/>
        <source>L1 (Lasso) regularization adds the sum of the absolute weights to the loss: many small weights become exactly 0 and only a few important ones remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="140"/>
        <source>L2 (Ridge) regularization adds the sum of the squared weights to the loss: fewer weights reach 0 than with L1, but large weights are held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="145"/>
        <source>Max-norm regularization: after each step, a unit&apos;s incoming weights are scaled down if their length exceeds this limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="150"/>
        <source>Where training starts. Variance-scaling initializers (LeCun, Xavier, He) set the spread from the fan-in (inputs per unit) and fan-out (outputs per unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="155"/>
        <source>The non-linearity that lets stacked layers learn what one layer cannot, like XOR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="159"/>
        <source>Keeps the division by the standard deviation away from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="163"/>
        <source>How much of the old moving averages is kept at each batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="167"/>
        <source>A frozen layer keeps its weights, as when reusing a pretrained layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="174"/>
        <source>A layer of perceptrons: each unit takes a weighted sum of all inputs plus a bias, then the activation. One Dense layer is a linear classifier (AND, OR); XOR needs a hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="179"/>
        <source>Normalizes the inputs of hidden layers, not only the data, so the network depends less on the initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="183"/>
        <source>A remedy for overfitting: the model cannot rely on a few neurons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="186"/>
        <source>One sample&apos;s shape, without the batch: [2] for XOR, [28, 28] for a Fashion-MNIST image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/concepts.py" line="215"/>
        <source>Allowed: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="62"/>
        <source>An Input layer cannot sit inside a connection; drop it on an empty spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="101"/>
        <location filename="../../widgets/scene.py" line="201"/>
        <source>Cannot connect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="104"/>
        <source>Connected {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="119"/>
        <source>Delete selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="142"/>
        <source>Copied {0} layer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="157"/>
        <source>The clipboard holds no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="168"/>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="170"/>
        <source>Cannot paste: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="184"/>
        <source>Set {0} of {1} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="194"/>
        <source>a layer named &apos;{0}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="200"/>
        <location filename="../../widgets/inspector.py" line="235"/>
        <source>Cannot rename: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="209"/>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="19"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="20"/>
        <source>Save the changes to “{0}” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="43"/>
        <source>Open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="49"/>
        <source>Save network as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="55"/>
        <source>Export canvas as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="51"/>
        <source>2: points (XOR, AND, spiral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="52"/>
        <source>64: 8×8 digits, flattened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="53"/>
        <source>784: 28×28 images, flattened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="54"/>
        <source>28×28: an image (Flatten next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="55"/>
        <source>1×8×8: digits as an image (for Conv2D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="56"/>
        <source>1×28×28: an image (for Conv2D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="57"/>
        <source>3×32×32: a colour image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="81"/>
        <source>(differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="83"/>
        <source>The selected layers have different values; a new value applies to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="151"/>
        <source>Common values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="262"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/editors.py" line="381"/>
        <source>empty: same as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="56"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="72"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="79"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="89"/>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="93"/>
        <source>Example “{0}” opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="121"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="122"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="127"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="134"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="135"/>
        <source>Discard your changes and reload “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="148"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="150"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="68"/>
        <source>weights in [{0:.3g}, {1:.3g}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="70"/>
        <source>normal around {0:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="72"/>
        <source>every weight {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="74"/>
        <source>an {0} matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="76"/>
        <source>{0}: {1}
fan_in {2}, fan_out {3} → {4}, std {5:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="127"/>
        <source>Connect this layer&apos;s input to see its initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="148"/>
        <source>&lt;span style=&apos;color:#2f6fd0&apos;&gt;■ {0}&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#d07a1f&apos;&gt;- - {1}&lt;/span&gt; &lt;span style=&apos;color:#5f6b78&apos;&gt;for comparison&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="83"/>
        <source>{0} layers of different types are selected. Select layers of one type to change their settings together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="92"/>
        <source>Select a layer on the canvas to see and change its settings. Drag from a layer&apos;s bottom port to another layer to connect them; drop a layer from the palette onto a connection to insert it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="112"/>
        <source>The layer&apos;s id: letters, digits, &apos;_&apos; or &apos;-&apos;. Weights and summaries use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="123"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="125"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="138"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="177"/>
        <source>{0} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="179"/>
        <source>{0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="207"/>
        <source> ({0:,} not trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="216"/>
        <source>The initial weights show here once this layer&apos;s problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="38"/>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="38"/>
        <source>{0} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="40"/>
        <source>1 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="40"/>
        <source>{0} filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="51"/>
        <source>dropout {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="53"/>
        <source>shape {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="55"/>
        <source>to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="57"/>
        <source>axis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="68"/>
        <source>shape unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="72"/>
        <source>{0:,} params, frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="74"/>
        <source>{0:,} params ({1:,} fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="77"/>
        <source>{0:,} params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="93"/>
        <source>Output: drag from here onto another layer to connect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="95"/>
        <source>Input: drag from here onto the layer that should feed this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="150"/>
        <location filename="../../widgets/main_window.py" line="78"/>
        <location filename="../../widgets/main_window.py" line="161"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="56"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="69"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="70"/>
        <source>Training comes here: choose a data set, press Train and watch the loss fall. (Coming in the next version.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="75"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="76"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="77"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="81"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="82"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="161"/>
        <source>Problems ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="168"/>
        <source>{0} (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="169"/>
        <source>{0}[*] — Network Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/problems.py" line="33"/>
        <source>No problems: every layer fits its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/problems.py" line="37"/>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scene.py" line="181"/>
        <source>Drop the connection on the layer it should reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scene.py" line="202"/>
        <source>Release to connect {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/scene.py" line="216"/>
        <source>No connection: release over a layer to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="41"/>
        <source>Layer (type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="41"/>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="41"/>
        <source>Param #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="42"/>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="61"/>
        <source>Total params: &lt;b&gt;{0:,}&lt;/b&gt; · trainable: {1:,} · non-trainable: {2:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="66"/>
        <source>{0} problem(s): see the Problems list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_panel.py" line="67"/>
        <source>Valid: every shape fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/view.py" line="186"/>
        <source>Drag an Input layer here from the palette on the left,
then more layers below it, and connect them port to port.

Or open a ready network: File › Open Example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../widgets/document.py" line="34"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/document.py" line="57"/>
        <source>Not done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <location filename="../../widgets/edges.py" line="63"/>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/edges.py" line="65"/>
        <source> (input {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/edges.py" line="67"/>
        <source>
Click to select, Delete to remove; drop a layer here to insert it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../widgets/palette.py" line="26"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="26"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="27"/>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="28"/>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="29"/>
        <source>Normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="30"/>
        <source>Regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="31"/>
        <source>Reshaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="31"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="102"/>
        <source>Search layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/palette.py" line="113"/>
        <source>Drag a layer onto the canvas, or double-click it to add it after the selected layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
