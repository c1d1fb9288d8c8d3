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
        <location filename="../../widgets/actions.py" line="34"/>
        <source>&amp;ONNX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="35"/>
        <source>An .onnx model for onnxruntime and other tools, with the trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="37"/>
        <source>&amp;PyTorch Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="38"/>
        <source>A standalone Python script: the model, its data and its training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="39"/>
        <source>&amp;TorchScript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="40"/>
        <source>A .pt file that torch.jit.load runs with nothing else installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="41"/>
        <source>&amp;Keras Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="42"/>
        <source>A Python file that builds the network with Keras 3, compiled with its loss and optimizer, and loads the trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="71"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="71"/>
        <source>Start an empty network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="72"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="75"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="75"/>
        <source>Save the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="77"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="78"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="78"/>
        <source>Discard changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="73"/>
        <source>Open a network (.nnd, .json), or a Keras or ONNX model to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="79"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="80"/>
        <source>Open a Keras model (.keras, .h5, model JSON, Keras code) or an ONNX model, with its weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="82"/>
        <source>&amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="83"/>
        <source>Save the canvas as a PNG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="86"/>
        <source>Paste &amp;Keras Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="87"/>
        <source>Read Keras code (Sequential, model.add, functional calls, compile and fit) into a new network; the code is never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="89"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="91"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="94"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="98"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="98"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="103"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="104"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="105"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="106"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="107"/>
        <source>Copy the selected layers and the connections among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="108"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="109"/>
        <source>Delete the selected layers and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="110"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="111"/>
        <source>Re&amp;name Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="113"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="114"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="115"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="116"/>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="116"/>
        <source>Show the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="117"/>
        <source>Auto-layout &amp;Top-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="118"/>
        <source>Arrange the layers in ranks from top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="119"/>
        <source>Auto-layout &amp;Left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="120"/>
        <source>Arrange the layers in ranks from left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="121"/>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="121"/>
        <source>Align layers to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="126"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="127"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="128"/>
        <source>&amp;About Network Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="129"/>
        <source>About Network Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="141"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="142"/>
        <source>Open E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="149"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="156"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="160"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="165"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="166"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="188"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="71"/>
        <source>PyTorch could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/app.py" line="72"/>
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
        <location filename="../../widgets/inspector.py" line="236"/>
        <source>Cannot rename: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/controller.py" line="209"/>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="36"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="37"/>
        <source>Save the changes to “{0}” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="48"/>
        <source>Network Designer did not close properly last time. A recovery copy of “{0}” was saved at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="50"/>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="53"/>
        <source>Restore opens it as an unsaved document; Discard deletes the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="55"/>
        <source>Its file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="57"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="84"/>
        <source>Open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="90"/>
        <source>Save network as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="96"/>
        <source>Export canvas as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="105"/>
        <source>Open a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="108"/>
        <location filename="../../widgets/training/plotting.py" line="189"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="114"/>
        <source>Import a Keras or ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="126"/>
        <source>Paste Keras code as in your notes: Sequential([...]) or model.add(...), or the functional API, with compile() and fit(). It is read, never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/dialogs.py" line="134"/>
        <source>Paste Keras Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="32"/>
        <source>2: points (XOR, AND, spiral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="33"/>
        <source>64: 8×8 digits, flattened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="34"/>
        <source>784: 28×28 images, flattened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="35"/>
        <source>28×28: an image (Flatten next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="36"/>
        <source>1×8×8: digits as an image (for Conv2D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="37"/>
        <source>1×28×28: an image (for Conv2D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="38"/>
        <source>3×32×32: a colour image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/param_editor.py" line="42"/>
        <source>(differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/param_editor.py" line="44"/>
        <source>The selected layers have different values; a new value applies to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/param_editor.py" line="117"/>
        <source>Common values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="144"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/number_editors.py" line="173"/>
        <source>empty: same as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="63"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="81"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="88"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="98"/>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="102"/>
        <source>Example “{0}” opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="126"/>
        <source>Cannot import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="142"/>
        <location filename="../../widgets/file_actions.py" line="146"/>
        <source>the pasted code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="144"/>
        <source>Cannot read the Keras code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="153"/>
        <source>Imported {0} ({1}): {2} layers, {3:,} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="156"/>
        <source>, with its trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="158"/>
        <source>; left out: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="182"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="183"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="188"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="197"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="198"/>
        <source>Discard your changes and reload “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="211"/>
        <location filename="../../widgets/model_export.py" line="49"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/file_actions.py" line="213"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="49"/>
        <source>No preview: {0} must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="80"/>
        <source>weights in [{0:.3g}, {1:.3g}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="82"/>
        <source>normal around {0:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="84"/>
        <source>every weight {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="86"/>
        <source>an {0} matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="88"/>
        <source>{0}: {1}
fan_in {2}, fan_out {3} → {4}, std {5:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="141"/>
        <source>Connect this layer&apos;s input to see its initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/init_preview.py" line="161"/>
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
        <location filename="../../widgets/inspector.py" line="208"/>
        <source> ({0:,} not trained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/inspector.py" line="217"/>
        <source>The initial weights show here once this layer&apos;s problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="47"/>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="47"/>
        <source>{0} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="48"/>
        <source>1 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="48"/>
        <source>{0} filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="63"/>
        <source>dropout {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="75"/>
        <source>shape {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="76"/>
        <source>to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="77"/>
        <source>axis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="84"/>
        <source>shape unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="88"/>
        <source>{0:,} params, frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="90"/>
        <source>{0:,} params ({1:,} fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="93"/>
        <source>{0:,} params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="109"/>
        <source>Output: drag from here onto another layer to connect them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="111"/>
        <source>Input: drag from here onto the layer that should feed this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/items.py" line="166"/>
        <location filename="../../widgets/main_window.py" line="85"/>
        <location filename="../../widgets/main_window.py" line="175"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="66"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="81"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="82"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="83"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="84"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="88"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="37"/>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="39"/>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="40"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="41"/>
        <source>Gradients and activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="81"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="91"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="111"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="112"/>
        <source>Train the network with its training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="114"/>
        <source>&amp;Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="116"/>
        <source>Pause or resume the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="117"/>
        <source>&amp;Step One Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="119"/>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="120"/>
        <source>Stop the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="122"/>
        <source>Find a &amp;Learning Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="123"/>
        <source>The learning-rate range test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="124"/>
        <source>Stop &amp;All Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="126"/>
        <source>Show &amp;Gradients on the Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="127"/>
        <source>Tag each layer on the canvas with its gradient norm and weight spread for the selected run; vanishing gradients fade out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="195"/>
        <source>Add layers to the network first: there is nothing to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="197"/>
        <location filename="../../widgets/training/controller.py" line="202"/>
        <source>Fix the problems first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="199"/>
        <source>Choose a dataset in the Training panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="176"/>
        <source>{0} started: it trains a copy of the network, so you can keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="267"/>
        <source>{0} diverged: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="270"/>
        <source>{0} {1}: its weights are now in the network (save to keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="273"/>
        <source>{0} {1}. The network changed while it trained, so its weights were not put into it; use Restore weights after undoing the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="281"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="282"/>
        <source>{0} could not train: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="287"/>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="288"/>
        <source>Delete “{0}” and its curves? The file keeps it until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="304"/>
        <location filename="../../widgets/training/runs_table.py" line="246"/>
        <source>Restore weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="305"/>
        <source>The network has changed since {0} started, so its weights no longer fit it. Undo the changes (Ctrl+Z) to get back to the network it trained, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="310"/>
        <source>The weights of {0} are now in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="325"/>
        <source>Stop training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controller.py" line="326"/>
        <source>{0} still training ({1}). Stop and keep what it has learned so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="175"/>
        <source>Problems ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="182"/>
        <source>{0} (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="183"/>
        <source>{0}[*] — Network Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/problems.py" line="55"/>
        <source>No problems: every layer fits its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/problems.py" line="59"/>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/problems.py" line="77"/>
        <source>Change the layer so that it fits the data (one undo step)</source>
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
    <message>
        <location filename="../../widgets/training/boundary.py" line="37"/>
        <location filename="../../widgets/training/boundary.py" line="79"/>
        <source>For datasets with two inputs (XOR, spiral, circle, …) the network&apos;s answer over the whole plane appears here while it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="40"/>
        <location filename="../../widgets/training/boundary.py" line="119"/>
        <source>Validation points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="42"/>
        <source>Hollow circles: data held out for validation, never trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="88"/>
        <source>This saved run has no picture of its boundary (it diverged, or an older version saved it): train again to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="91"/>
        <source>The decision boundary is drawn for datasets with one or two inputs; this one has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="94"/>
        <source>Waiting for the first picture of the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="111"/>
        <source>Fitted curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="111"/>
        <location filename="../../widgets/training/controller.py" line="38"/>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="150"/>
        <source>Line: the network&apos;s output; dots: the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="159"/>
        <source>Colour: the class the network picks at each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="162"/>
        <source>Colour: the network&apos;s probability of class 1 (blue) against class 0 (orange); white is 50/50, the decision boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/boundary.py" line="167"/>
        <source>Colour: the network&apos;s output value (orange low, blue high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/canvas_tint.py" line="93"/>
        <source>∇ {0:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/canvas_tint.py" line="94"/>
        <source>w σ {0:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="15"/>
        <location filename="../../widgets/training/runs_table.py" line="88"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="16"/>
        <location filename="../../widgets/training/runs_table.py" line="88"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="65"/>
        <location filename="../../widgets/training/confusion.py" line="109"/>
        <source>For classification: which classes the network confuses, updated as it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="80"/>
        <source>predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="80"/>
        <source>true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="107"/>
        <source>Regression has no classes to confuse: see the MAE and R² curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/confusion.py" line="123"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;●&lt;/span&gt; {1} · {2} data: {3} of {4} right ({5:.1%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="27"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="30"/>
        <source>{0} min {1:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="32"/>
        <source>{0} h {1:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="62"/>
        <source>▶  Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="64"/>
        <source>Train the network as it is now, with these settings (F5). Press it again after a change to compare two runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="67"/>
        <location filename="../../widgets/training/controls.py" line="157"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="68"/>
        <source>Pause the selected run; the optimizer keeps its state, so Resume goes on exactly where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="72"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="73"/>
        <source>Train one batch, then pause again (the menu has one epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="76"/>
        <source>One batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="77"/>
        <source>Rest of this epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="80"/>
        <location filename="../../widgets/training/runs_table.py" line="244"/>
        <location filename="../../widgets/training/runs_table.py" line="297"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="81"/>
        <source>Stop the selected run; what it learned so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="156"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="164"/>
        <source>Press Train to start. Each run trains a copy of the network in the background, so you can keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="170"/>
        <source>{0}: epoch {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="173"/>
        <source> · about {0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="183"/>
        <source>loss {0:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="184"/>
        <source>validation loss {0:.4g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="185"/>
        <source>accuracy {0:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="186"/>
        <source>validation accuracy {0:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="187"/>
        <source>R² {0:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="196"/>
        <source>This run failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="198"/>
        <source>Diverged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="227"/>
        <source>Finished {0} epochs in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/controls.py" line="230"/>
        <source>Test accuracy {0:.1%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="17"/>
        <location filename="../../widgets/training/curves.py" line="103"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="17"/>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="18"/>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="67"/>
        <location filename="../../widgets/training/curves.py" line="163"/>
        <source>Press Train: the loss and accuracy of every run are drawn here, epoch by epoch (solid: training data, dashed: validation data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="70"/>
        <source>The second plot: accuracy for classes, mean absolute error or R² for regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="75"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="76"/>
        <source>Show the loss on a logarithmic axis: late, small improvements become visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="79"/>
        <source>Per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="80"/>
        <source>Also draw the running loss within each epoch (faint line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="82"/>
        <source>— training   - - validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="102"/>
        <location filename="../../widgets/training/lr_finder.py" line="133"/>
        <location filename="../../widgets/training/training_form.py" line="82"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="104"/>
        <location filename="../../widgets/training/dynamics.py" line="79"/>
        <location filename="../../widgets/training/dynamics.py" line="81"/>
        <location filename="../../widgets/training/weights.py" line="94"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/curves.py" line="104"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/data_preview.py" line="95"/>
        <source>{0} samples · {1} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/data_preview.py" line="99"/>
        <source> · {0} classes ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/data_preview.py" line="101"/>
        <source> · regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/data_preview.py" line="103"/>
        <source> · {0} test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/data_preview.py" line="291"/>
        <location filename="../../widgets/training/dataset_chooser.py" line="145"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="31"/>
        <source>Vanishing gradients: {0} get(s) gradients over 1000× smaller than {1}, so they barely learn. Saturating activations (sigmoid, tanh) in deep stacks do this; try ReLU with He initialization, or BatchNorm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="37"/>
        <source>Exploding gradients in {0} (norm above {1:g}): lower the learning rate or set gradient clipping (clip norm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="43"/>
        <source>{0:.0%} of the ReLUs in {1} are dead: they output 0 for every sample, so they no longer learn. A smaller learning rate, leaky_relu or He initialization helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="55"/>
        <location filename="../../widgets/training/dynamics.py" line="105"/>
        <source>While a run trains: each layer&apos;s gradient size and activation size over time. Lines that drift far apart mean vanishing or exploding gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="76"/>
        <source>gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="79"/>
        <source>mean |activation|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="81"/>
        <source>dead ReLUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dynamics.py" line="103"/>
        <source>A saved run keeps its curves and its final pictures, not its gradients over time: train again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="57"/>
        <location filename="../../widgets/training/lr_finder.py" line="121"/>
        <source>Find a learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="58"/>
        <source>The range test: train a copy for 100 steps while the rate grows from 1e-7 to 10, and watch where the loss falls fastest and where it blows up. Your network is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="104"/>
        <source>Testing rates from 1e-7 to 10…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="107"/>
        <source>Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="133"/>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="156"/>
        <source>The test could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="178"/>
        <source>Too few steps to suggest a rate: the loss went wrong at once. Check the data and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="182"/>
        <source>The loss did not clearly fall during the test (this network learns slowly, or the batches are noisy): no suggestion. Try the rates where the curve is lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="188"/>
        <source>Use {0:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/lr_finder.py" line="190"/>
        <source>Lowest loss at {0:.2g}; a tenth of it, {1:.2g}, is a good start (green line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/plotting.py" line="190"/>
        <source>Save this plot as a PNG picture or its numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/plotting.py" line="194"/>
        <source>Save image (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/plotting.py" line="195"/>
        <source>Save data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="37"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="37"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="38"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="38"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="39"/>
        <source>early stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="39"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="40"/>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="40"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="92"/>
        <source>val</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="92"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="93"/>
        <source>Best {0} {1}: {2:.4g} at epoch {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="151"/>
        <location filename="../../widgets/training/training_form.py" line="102"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="151"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="151"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="151"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="151"/>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="200"/>
        <source>Untick to hide this run from the plots; double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="245"/>
        <location filename="../../widgets/training/runs_table.py" line="303"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="247"/>
        <source>Put this run&apos;s trained weights into the network in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="296"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/runs_table.py" line="299"/>
        <source>Restore weights into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="30"/>
        <source>Watch it learn (up to 50 epochs/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="31"/>
        <source>Slow motion (up to 10 epochs/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="32"/>
        <source>Full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="64"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="69"/>
        <source>From a CSV or NPZ file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="71"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/problems.py" line="73"/>
        <location filename="../../widgets/problems.py" line="102"/>
        <location filename="../../widgets/training/dataset_chooser.py" line="81"/>
        <source>Make the network fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="82"/>
        <source>Change the Input&apos;s shape or the output layer so that they fit this data (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="76"/>
        <source>Loss and optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="77"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="79"/>
        <source>What the network minimizes. Automatic: binary or categorical cross-entropy for classes, MSE for values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="81"/>
        <source>Set the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="86"/>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="93"/>
        <source>Set the learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="94"/>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="96"/>
        <source>The learning rate this schedule plans over the run (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="105"/>
        <source>new each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="106"/>
        <source>Set the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="107"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="109"/>
        <source>stop when it stops improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="110"/>
        <source>Early stopping: end the run when the validation loss has not improved for a number of epochs (patience), and go back to the best weights. A remedy for overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="114"/>
        <source>early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="127"/>
        <source>start from the network&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="128"/>
        <source>Continue training the weights the network has now (from an earlier run or a file). Unticked, every run starts from freshly initialized weights, so runs compare fairly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="131"/>
        <source>continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="135"/>
        <source>Where to compute. auto: the GPU for larger networks when there is one, else the CPU (small networks are faster on the CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="142"/>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="146"/>
        <source>Small networks learn in a blink; slowed down, you can watch the boundary and the histograms change. Large networks are never slowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="153"/>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="178"/>
        <source>The file&apos;s training settings were not understood ({0}); showing the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="137"/>
        <source>the last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="138"/>
        <source>The column to predict; the other columns are the inputs (numbers standardized, text one-hot encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="142"/>
        <source>leave out rows that do not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="156"/>
        <source>Choose a dataset to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="158"/>
        <location filename="../../widgets/training/dataset_chooser.py" line="193"/>
        <source>Loading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="214"/>
        <source>{0}: {1:.2g} → {2:.2g} over {3} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="217"/>
        <source>reduce_on_plateau: {0:.2g}, lowered when the loss stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="222"/>
        <source>Settings suited to {0}: {1} (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/dataset_chooser.py" line="229"/>
        <source>The data cannot be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="236"/>
        <source>Set the optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="242"/>
        <source>Use the suggested learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="243"/>
        <source>Learning rate set to {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/training_form.py" line="247"/>
        <location filename="../../widgets/training/training_form.py" line="252"/>
        <source>Set early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/setup.py" line="54"/>
        <source>Set training {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/setup.py" line="64"/>
        <source>Use the dataset {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/setup.py" line="87"/>
        <source>{0} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/setup.py" line="89"/>
        <source>batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/setup.py" line="91"/>
        <source>{0:.0%} held out for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/setup.py" line="93"/>
        <source>learning rate {0:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="59"/>
        <location filename="../../widgets/training/weights.py" line="126"/>
        <source>Weight histograms per layer appear here while a run trains: how the initial distribution (Xavier, He, …) spreads out as it learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="63"/>
        <source>Which layer&apos;s weights to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="67"/>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="68"/>
        <source>biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="84"/>
        <location filename="../../widgets/training/weights.py" line="94"/>
        <source>weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="84"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="103"/>
        <source>Top: &lt;b&gt;now&lt;/b&gt; (filled) and &lt;span style=&apos;color:#7b8794&apos;&gt;at the start&lt;/span&gt; (dashed). Bottom: the distribution over time, darker where more weights lie; &lt;span style=&apos;color:#d07a1f&apos;&gt;mean&lt;/span&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="124"/>
        <source>This saved run has no histograms (it diverged, or an older version saved it): train again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/training/weights.py" line="213"/>
        <source>mean {0:.2g} · std {1:.2g} · range {2:.2g} to {3:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/model_export.py" line="37"/>
        <source>Export the network as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/model_export.py" line="50"/>
        <source>The network cannot be exported as {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/model_export.py" line="58"/>
        <source>Exported {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/model_export.py" line="60"/>
        <source>, its trained weights to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/model_export.py" line="62"/>
        <source> (checked: largest difference {0:.1e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/autosave.py" line="54"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/autosave.py" line="83"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/autosave.py" line="89"/>
        <source>Restored “{0}” as it was at {1}; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../widgets/document.py" line="35"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/document.py" line="59"/>
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
<context>
    <name>RunManager</name>
    <message>
        <location filename="../../widgets/training/runs.py" line="222"/>
        <source>run {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
