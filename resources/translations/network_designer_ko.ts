<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name />
        <message>
            <location filename="../../widgets/actions.py" line="16" />
            <source>&lt;h3&gt;Build a network in five steps&lt;/h3&gt;&lt;ol&gt;
&lt;li&gt;Drag an &lt;b&gt;Input&lt;/b&gt; layer from the Layers palette onto the canvas and set its shape in the
Inspector (the ▾ button lists common shapes).&lt;/li&gt;
&lt;li&gt;Add layers: drag them onto the canvas, or double-click one in the palette to add it after
the selected layer, already connected. Drop a layer on a connection to insert it there.&lt;/li&gt;
&lt;li&gt;Connect layers by dragging from a layer's bottom port to the next layer.&lt;/li&gt;
&lt;li&gt;Choose each layer's settings in the Inspector. Point at any setting or choice to learn what
it does, with its formula.&lt;/li&gt;
&lt;li&gt;Watch the Summary (shapes and parameter counts) and the Problems list (what to fix).&lt;/li&gt;
&lt;/ol&gt;&lt;p&gt;Everything can be undone (Ctrl+Z). Save with Ctrl+S; File › Open Example has ready
networks, such as XOR and the Keras template of the study notes.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;다섯 단계로 신경망 만들기&lt;/h3&gt;&lt;ol&gt;
&lt;li&gt;층 팔레트에서 &lt;b&gt;Input&lt;/b&gt; 층을 캔버스로 끌어다 놓고 속성 창에서 형태(shape)를
정하세요(▾ 버튼을 누르면 자주 쓰는 형태가 나옵니다).&lt;/li&gt;
&lt;li&gt;층 추가: 캔버스로 끌어다 놓거나, 팔레트에서 층을 더블클릭하면 선택한 층 뒤에
연결된 채로 추가됩니다. 연결선 위에 층을 놓으면 그 자리에 끼워 넣습니다.&lt;/li&gt;
&lt;li&gt;층의 아래쪽 포트에서 다음 층으로 끌어 층을 연결하세요.&lt;/li&gt;
&lt;li&gt;속성 창에서 층마다 설정을 고르세요. 설정이나 선택지에 마우스를 올리면 그 역할을
수식과 함께 볼 수 있습니다.&lt;/li&gt;
&lt;li&gt;요약(형태와 파라미터 수)과 문제 목록(고쳐야 할 점)을 확인하세요.&lt;/li&gt;
&lt;/ol&gt;&lt;p&gt;모든 작업은 되돌릴 수 있습니다(Ctrl+Z). 저장은 Ctrl+S입니다. 파일 › 예제 열기에는 XOR, 학습 노트의
Keras 템플릿 같은 완성된 신경망이 있습니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="27" />
            <source>&lt;h3&gt;Network Designer&lt;/h3&gt;&lt;p&gt;Design neural networks
by drawing them, see every layer's shape and parameter count as you go, and learn what each
choice means.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Network Designer&lt;/h3&gt;&lt;p&gt;신경망을 그려서 설계하고,
그리는 동안 층마다 형태와 파라미터 수를 확인하며, 각 선택이 무엇을 뜻하는지 배워 보세요.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="35" />
            <source>&amp;ONNX…</source>
            <translation>ONNX(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="36" />
            <source>An .onnx model for onnxruntime and other tools, with the trained weights</source>
            <translation>학습된 가중치를 포함한 .onnx 모델(onnxruntime 등의 도구용)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="38" />
            <source>&amp;PyTorch Script…</source>
            <translation>PyTorch 스크립트(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="39" />
            <source>A standalone Python script: the model, its data and its training</source>
            <translation>단독 실행형 Python 스크립트: 모델, 데이터, 학습 코드 포함</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="40" />
            <source>&amp;TorchScript…</source>
            <translation>TorchScript(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="41" />
            <source>A .pt file that torch.jit.load runs with nothing else installed</source>
            <translation>다른 것을 설치하지 않아도 torch.jit.load로 실행되는 .pt 파일</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="42" />
            <source>&amp;Keras Code…</source>
            <translation>Keras 코드(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="43" />
            <source>A Python file that builds the network with Keras 3, compiled with its loss and optimizer, and loads the trained weights</source>
            <translation>Keras 3으로 신경망을 만들어 손실 함수와 옵티마이저로 컴파일하고, 학습된 가중치를 불러오는 Python 파일</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="72" />
            <source>&amp;New</source>
            <translation>새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="72" />
            <source>Start an empty network</source>
            <translation>빈 신경망을 새로 만듭니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="73" />
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="76" />
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="76" />
            <source>Save the network</source>
            <translation>신경망을 저장합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="78" />
            <source>Save &amp;As…</source>
            <translation>다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="79" />
            <source>&amp;Revert</source>
            <translation>저장된 상태로 되돌리기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="79" />
            <source>Discard changes and reload the file</source>
            <translation>변경 사항을 버리고 파일을 다시 불러옵니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="74" />
            <source>Open a network (.nnd, .json), or a Keras or ONNX model to import</source>
            <translation>신경망(.nnd, .json)를 열거나 Keras 또는 ONNX 모델을 가져옵니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="80" />
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="81" />
            <source>Open a Keras model (.keras, .h5, model JSON, Keras code) or an ONNX model, with its weights</source>
            <translation>Keras 모델(.keras, .h5, 모델 JSON, Keras 코드)이나 ONNX 모델을 가중치와 함께 엽니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="83" />
            <source>&amp;Image…</source>
            <translation>이미지(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="84" />
            <source>Save the canvas as a PNG or SVG picture</source>
            <translation>캔버스를 PNG 또는 SVG 이미지로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="87" />
            <source>Paste &amp;Keras Code…</source>
            <translation>Keras 코드 붙여넣기(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="88" />
            <source>Read Keras code (Sequential, model.add, functional calls, compile and fit) into a new network; the code is never run</source>
            <translation>Keras 코드(Sequential, model.add, 함수형 호출, compile, fit)를 읽어 새 신경망으로 만듭니다. 코드는 실행하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="90" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="92" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="95" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="99" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="99" />
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="104" />
            <source>Cu&amp;t</source>
            <translation>잘라내기(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="105" />
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="106" />
            <source>&amp;Paste</source>
            <translation>붙여넣기(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="107" />
            <source>D&amp;uplicate</source>
            <translation>복제(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="108" />
            <source>Copy the selected layers and the connections among them</source>
            <translation>선택한 층과 그 사이의 연결을 복제합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="109" />
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="110" />
            <source>Delete the selected layers and connections</source>
            <translation>선택한 층과 연결을 삭제합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="111" />
            <source>Select &amp;All</source>
            <translation>모두 선택(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="112" />
            <source>Re&amp;name Layer</source>
            <translation>층 이름 바꾸기(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="114" />
            <source>Zoom &amp;In</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="115" />
            <source>Zoom &amp;Out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="116" />
            <source>&amp;Actual Size</source>
            <translation>실제 크기(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="117" />
            <source>&amp;Fit to View</source>
            <translation>화면에 맞추기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="117" />
            <source>Show the whole network</source>
            <translation>신경망 전체를 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="118" />
            <source>Auto-layout &amp;Top-down</source>
            <translation>자동 배치: 위에서 아래로(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="119" />
            <source>Arrange the layers in ranks from top to bottom</source>
            <translation>층을 단계별로 위에서 아래로 배치합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="120" />
            <source>Auto-layout &amp;Left-right</source>
            <translation>자동 배치: 왼쪽에서 오른쪽으로(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="121" />
            <source>Arrange the layers in ranks from left to right</source>
            <translation>층을 단계별로 왼쪽에서 오른쪽으로 배치합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="122" />
            <source>&amp;Snap to Grid</source>
            <translation>격자에 맞추기(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="122" />
            <source>Align layers to the grid</source>
            <translation>층을 격자에 맞춰 정렬합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="127" />
            <source>&amp;Getting Started</source>
            <translation>시작하기(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="128" />
            <source>Getting started</source>
            <translation>시작하기</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="129" />
            <source>&amp;About Network Designer</source>
            <translation>Network Designer 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="130" />
            <source>About Network Designer</source>
            <translation>Network Designer 정보</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="139" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="142" />
            <source>Open &amp;Recent</source>
            <translation>최근 파일 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="143" />
            <source>Open E&amp;xample</source>
            <translation>예제 열기(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="150" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="157" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="161" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="166" />
            <source>&amp;Panels</source>
            <translation>패널(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="168" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="191" />
            <source>Main toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <location filename="../../widgets/app.py" line="59" />
            <source>PyTorch could not be loaded: {0}</source>
            <translation>PyTorch를 불러오지 못했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/app.py" line="60" />
            <source>PyTorch ready ({0:.1f} s, loaded in the background)</source>
            <translation>PyTorch 준비 완료({0:.1f} s, 백그라운드에서 불러옴)</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="19" />
            <source>Stacking linear layers gives just another linear map: without a non-linear activation, ten layers are no better than one.</source>
            <translation>선형 층을 쌓아도 결국 또 하나의 선형 변환일 뿐입니다. 비선형 활성화 함수가 없으면 층 열 개도 층 하나보다 나을 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="23" />
            <source>Vanishing gradients: where |x| is large the slope is almost 0, and backpropagation multiplies these slopes layer by layer (the chain rule), so layers far from the output barely learn. Good for a yes/no output; prefer ReLU in hidden layers.</source>
            <translation>기울기 소실: |x|가 크면 기울기가 거의 0이고, 역전파는 이 기울기를 층마다 곱해 나가므로(연쇄 법칙, chain rule) 출력에서 먼 층은 거의 학습하지 못합니다. 예/아니요 출력에는 알맞지만, 은닉층에는 ReLU를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="28" />
            <source>Like sigmoid but centred on 0, which helps the next layer; it still saturates.</source>
            <translation>sigmoid와 비슷하지만 0을 중심으로 하므로 다음 층에 도움이 됩니다. 그래도 여전히 포화됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="31" />
            <source>The usual choice for hidden layers, and the remedy for vanishing gradients. Pair it with He initialization. A neuron whose inputs are always negative 'dies'.</source>
            <translation>은닉층에 흔히 쓰는 선택이자 기울기 소실의 해법입니다. He 초기화와 함께 쓰세요. 입력이 늘 음수인 뉴런은 '죽습니다'.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="35" />
            <source>The small slope alpha for negative inputs keeps neurons from dying.</source>
            <translation>음수 입력에 대한 작은 기울기 alpha가 뉴런이 죽지 않게 해 줍니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="38" />
            <source>Learns its negative slope; strong on large image sets, but may overfit small ones.</source>
            <translation>음수 구간의 기울기를 학습합니다. 대규모 이미지 데이터셋에서는 성능이 좋지만, 소규모 데이터셋에서는 과적합될 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="41" />
            <source>Negative outputs pull the mean activation toward 0 and no neuron dies; the exponential makes it a little slower than ReLU.</source>
            <translation>음수 출력이 활성화 값의 평균을 0 쪽으로 당기고, 죽는 뉴런이 없습니다. 지수 함수를 쓰므로 ReLU보다 조금 느립니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="45" />
            <source>During training each layer's outputs tend to keep mean 0 and standard deviation 1, which prevents vanishing and exploding gradients (use lecun_normal).</source>
            <translation>학습하는 동안 각 층의 출력이 평균 0, 표준편차 1을 유지하는 경향이 있어 기울기 소실과 폭주를 막아 줍니다(lecun_normal을 쓰세요).</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="49" />
            <source>The output of a multi-class classifier: one probability per class, trained with cross-entropy.</source>
            <translation>다중 분류기의 출력: 클래스마다 확률을 하나씩 내며, 크로스 엔트로피로 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="53" />
            <location filename="../../widgets/concepts.py" line="56" />
            <location filename="../../widgets/concepts.py" line="59" />
            <source>A smooth ReLU-like curve.</source>
            <translation>ReLU와 비슷한 매끄러운 곡선입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="65" />
            <location filename="../../widgets/concepts.py" line="69" />
            <location filename="../../widgets/concepts.py" line="73" />
            <source>Constant initialization: every weight starts equal, so every unit computes the same output and learns the same thing.</source>
            <translation>상수 기반 초기화: 모든 가중치가 같은 값으로 시작하므로 모든 유닛이 같은 출력을 계산하고 같은 것을 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="77" />
            <source>Linear-algebra based: the weight matrix starts orthogonal.</source>
            <translation>선형 대수 기반: 가중치 행렬이 직교 행렬로 시작합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="80" />
            <source>Linear-algebra based: the weight matrix starts as the identity.</source>
            <translation>선형 대수 기반: 가중치 행렬이 항등 행렬로 시작합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="83" />
            <location filename="../../widgets/concepts.py" line="87" />
            <source>Drawn from a fixed distribution, whatever the layer's size: in deep networks signals grow or fade, and training can stall.</source>
            <translation>층의 크기와 상관없이 고정된 분포에서 뽑습니다. 깊은 신경망에서는 신호가 커지거나 약해져 학습이 멈출 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="91" />
            <source>Drawn from a fixed distribution, whatever the layer's size.</source>
            <translation>층의 크기와 상관없이 고정된 분포에서 뽑습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="94" />
            <location filename="../../widgets/concepts.py" line="98" />
            <source>Variance scaling by fan-in and fan-out (Xavier Glorot, 2010). Pairs with sigmoid and tanh.</source>
            <translation>fan-in과 fan-out으로 분산을 조정합니다(Xavier Glorot, 2010). sigmoid, tanh와 잘 맞습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="102" />
            <location filename="../../widgets/concepts.py" line="105" />
            <source>He + ReLU is the most widely used pair today.</source>
            <translation>He + ReLU는 오늘날 가장 널리 쓰이는 조합입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="108" />
            <source>Yann LeCun's idea (LeNet): the larger the fan-in, the smaller the spread.</source>
            <translation>Yann LeCun의 아이디어(LeNet): fan-in이 클수록 분산을 작게 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="111" />
            <source>Yann LeCun's idea (LeNet): the larger the fan-in, the smaller the spread. The partner of SELU.</source>
            <translation>Yann LeCun의 아이디어(LeNet): fan-in이 클수록 분산을 작게 합니다. SELU와 짝을 이룹니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="118" />
            <source>The number of neurons. Giving every hidden layer the same size often works as well as anything; a larger first hidden layer can help.</source>
            <translation>뉴런의 수입니다. 모든 은닉층에 같은 크기를 써도 대개 충분히 잘 작동하며, 첫 번째 은닉층을 더 크게 하면 도움이 될 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="123" />
            <source>While training, a random fraction of this layer's outputs is dropped at every step. No neuron can lean on its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates are 0.1 to 0.5.</source>
            <translation>학습 중에는 매 단계마다 이 층의 출력 중 일부를 무작위로 버립니다. 어떤 뉴런도 이웃 뉴런에 기댈 수 없으므로 각자 스스로 유용해져야 합니다. 과적합의 해법입니다. 보통 비율은 0.1~0.5입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="129" />
            <source>While training, this fraction of values is dropped at every step. No neuron can lean on its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates are 0.1 to 0.5.</source>
            <translation>학습 중에는 매 단계마다 값 중 이 비율만큼을 무작위로 버립니다. 어떤 뉴런도 이웃 뉴런에 기댈 수 없으므로 각자 스스로 유용해져야 합니다. 과적합의 해법입니다. 보통 비율은 0.1~0.5입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="135" />
            <source>L1 (Lasso) regularization adds the sum of the absolute weights to the loss: many small weights become exactly 0 and only a few important ones remain.</source>
            <translation>L1 정규화(Lasso)는 가중치 절댓값의 합을 손실에 더합니다. 작은 가중치가 대부분 정확히 0이 되어 중요한 가중치 몇 개만 남습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="140" />
            <source>L2 (Ridge) regularization adds the sum of the squared weights to the loss: fewer weights reach 0 than with L1, but large weights are held back.</source>
            <translation>L2 정규화(Ridge)는 가중치 제곱의 합을 손실에 더합니다. L1보다 0이 되는 가중치는 적지만, 큰 가중치를 억제합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="145" />
            <source>Max-norm regularization: after each step, a unit's incoming weights are scaled down if their length exceeds this limit.</source>
            <translation>맥스-노름 규제: 매 단계가 끝나면, 한 유닛으로 들어오는 가중치의 길이가 이 한계를 넘을 경우 그 크기를 줄입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="150" />
            <source>Where training starts. Variance-scaling initializers (LeCun, Xavier, He) set the spread from the fan-in (inputs per unit) and fan-out (outputs per unit).</source>
            <translation>학습이 시작되는 지점입니다. 분산 조정 기반 초기화(LeCun, Xavier, He)는 fan-in(유닛당 입력 수)과 fan-out(유닛당 출력 수)으로 분산을 정합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="155" />
            <source>The non-linearity that lets stacked layers learn what one layer cannot, like XOR.</source>
            <translation>층을 쌓아 XOR처럼 층 하나로는 배울 수 없는 것을 배우게 해 주는 비선형성입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="159" />
            <source>Keeps the division by the standard deviation away from zero.</source>
            <translation>표준편차로 나눌 때 분모가 0에 가까워지지 않게 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="163" />
            <source>How much of the old moving averages is kept at each batch.</source>
            <translation>배치마다 기존 이동 평균을 얼마나 유지할지 정합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="167" />
            <source>A frozen layer keeps its weights, as when reusing a pretrained layer.</source>
            <translation>고정된(frozen) 층은 가중치가 바뀌지 않습니다. 사전 훈련된 층을 재사용할 때처럼 씁니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="174" />
            <source>A layer of perceptrons: each unit takes a weighted sum of all inputs plus a bias, then the activation. One Dense layer is a linear classifier (AND, OR); XOR needs a hidden layer.</source>
            <translation>퍼셉트론으로 이뤄진 층: 각 유닛은 모든 입력의 가중합에 편향을 더한 뒤 활성화 함수를 적용합니다. Dense 층 하나는 선형 분류기(AND, OR)이며, XOR에는 은닉층이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="179" />
            <source>Normalizes the inputs of hidden layers, not only the data, so the network depends less on the initial weights.</source>
            <translation>데이터뿐 아니라 은닉층의 입력도 정규화하여, 신경망이 가중치 초기값에 덜 의존하게 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="183" />
            <source>A remedy for overfitting: the model cannot rely on a few neurons.</source>
            <translation>과적합을 막는 방법: 모델이 몇몇 뉴런에만 의존할 수 없게 됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="186" />
            <source>One sample's shape, without the batch: [2] for XOR, [28, 28] for a Fashion-MNIST image.</source>
            <translation>배치를 뺀 샘플 하나의 모양: XOR은 [2], Fashion-MNIST 이미지는 [28, 28].</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="215" />
            <source>Allowed: {0}.</source>
            <translation>허용 값: {0}.</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="62" />
            <source>An Input layer cannot sit inside a connection; drop it on an empty spot</source>
            <translation>Input 층은 연결 중간에 넣을 수 없습니다. 빈 곳에 놓으세요</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="101" />
            <location filename="../../widgets/scene.py" line="201" />
            <source>Cannot connect: {0}</source>
            <translation>연결할 수 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="104" />
            <source>Connected {0} → {1}</source>
            <translation>{0} → {1} 연결했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="119" />
            <source>Delete selection</source>
            <translation>선택 항목 삭제</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="142" />
            <source>Copied {0} layer(s)</source>
            <translation>층 {0}개를 복사했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="157" />
            <source>The clipboard holds no layers</source>
            <translation>클립보드에 층이 없습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="168" />
            <source>the clipboard</source>
            <translation>클립보드</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="170" />
            <source>Cannot paste: {0}</source>
            <translation>붙여넣을 수 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="184" />
            <source>Set {0} of {1} layers</source>
            <translation>층 {1}개의 {0} 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="194" />
            <source>a layer named '{0}' already exists</source>
            <translation>이름이 '{0}'인 층이 이미 있습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="200" />
            <location filename="../../widgets/inspector.py" line="236" />
            <source>Cannot rename: {0}</source>
            <translation>이름을 바꿀 수 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="209" />
            <source>Auto-layout</source>
            <translation>자동 배치</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="21" />
            <source>Networks and models (*.nnd *.json *.keras *.h5 *.hdf5 *.onnx *.py);;Network Designer files (*.nnd *.json);;All files (*)</source>
            <translation>신경망과 모델 (*.nnd *.json *.keras *.h5 *.hdf5 *.onnx *.py);;Network Designer 파일 (*.nnd *.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="24" />
            <source>Keras and ONNX models (*.keras *.h5 *.hdf5 *.json *.onnx *.py);;Keras model (*.keras *.h5 *.hdf5);;Keras model JSON (*.json);;Keras code (*.py);;ONNX model (*.onnx);;All files (*)</source>
            <translation>Keras와 ONNX 모델 (*.keras *.h5 *.hdf5 *.json *.onnx *.py);;Keras 모델 (*.keras *.h5 *.hdf5);;Keras 모델 JSON (*.json);;Keras 코드 (*.py);;ONNX 모델 (*.onnx);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="28" />
            <source>Network Designer bundle (*.nnd);;JSON network (*.json)</source>
            <translation>Network Designer 번들 (*.nnd);;JSON 신경망 (*.json)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="29" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="30" />
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="31" />
            <source>CSV table (*.csv)</source>
            <translation>CSV 표 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="32" />
            <source>Tables (*.csv *.npz);;All files (*)</source>
            <translation>표 (*.csv *.npz);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="40" />
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경 사항</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="41" />
            <source>Save the changes to “{0}” before closing it?</source>
            <translation>닫기 전에 “{0}”의 변경 사항을 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="52" />
            <source>Network Designer did not close properly last time. A recovery copy of “{0}” was saved at {1}.</source>
            <translation>Network Designer가 지난번에 제대로 종료되지 않았습니다. “{0}”의 복구용 사본이 {1}에 저장되었습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="54" />
            <source>Restore unsaved work?</source>
            <translation>저장하지 않은 작업을 복원할까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="57" />
            <source>Restore opens it as an unsaved document; Discard deletes the copy.</source>
            <translation>복원하면 저장되지 않은 문서로 열리고, 무시하면 사본이 삭제됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="59" />
            <source>Its file: {0}</source>
            <translation>원래 파일: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="61" />
            <source>Restore</source>
            <translation>복원</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="88" />
            <source>Open network</source>
            <translation>신경망 열기</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="94" />
            <source>Save network as</source>
            <translation>다른 이름으로 신경망 저장</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="100" />
            <source>Export canvas as image</source>
            <translation>캔버스를 이미지로 내보내기</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>Open a dataset</source>
            <translation>데이터셋 열기</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <location filename="../../widgets/training/plotting.py" line="189" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="118" />
            <source>Import a Keras or ONNX model</source>
            <translation>Keras 또는 ONNX 모델 가져오기</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="130" />
            <source>Paste Keras code as in your notes: Sequential([...]) or model.add(...), or the functional API, with compile() and fit(). It is read, never run.</source>
            <translation>노트에 있는 그대로 Keras 코드를 붙여넣으세요: Sequential([...]) 또는 model.add(...), 또는 함수형 API와 compile(), fit(). 코드는 읽기만 하고 실행하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="138" />
            <source>Paste Keras Code</source>
            <translation>Keras 코드 붙여넣기</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="32" />
            <source>2: points (XOR, AND, spiral)</source>
            <translation>2: 점 (XOR, AND, spiral)</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="33" />
            <source>64: 8×8 digits, flattened</source>
            <translation>64: 8×8 숫자, 평탄화</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="34" />
            <source>784: 28×28 images, flattened</source>
            <translation>784: 28×28 이미지, 평탄화</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="35" />
            <source>28×28: an image (Flatten next)</source>
            <translation>28×28: 이미지 (다음에 Flatten)</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="36" />
            <source>1×8×8: digits as an image (for Conv2D)</source>
            <translation>1×8×8: 이미지 형태의 숫자 (Conv2D용)</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="37" />
            <source>1×28×28: an image (for Conv2D)</source>
            <translation>1×28×28: 이미지 (Conv2D용)</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="38" />
            <source>3×32×32: a colour image</source>
            <translation>3×32×32: 컬러 이미지</translation>
        </message>
        <message>
            <location filename="../../widgets/param_editor.py" line="42" />
            <source>(differs)</source>
            <translation>(값이 다름)</translation>
        </message>
        <message>
            <location filename="../../widgets/param_editor.py" line="44" />
            <source>The selected layers have different values; a new value applies to all of them.</source>
            <translation>선택한 층들의 값이 서로 다릅니다. 새 값은 모든 층에 적용됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/param_editor.py" line="117" />
            <source>Common values</source>
            <translation>공통 값</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="144" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../widgets/number_editors.py" line="173" />
            <source>empty: same as the window</source>
            <translation>비워 두면 윈도우와 같음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="63" />
            <source>untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="81" />
            <source>Cannot open the file</source>
            <translation>파일을 열 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="88" />
            <source>Opened {0}</source>
            <translation>열었습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="98" />
            <source>Cannot open the example</source>
            <translation>예제를 열 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="102" />
            <source>Example “{0}” opened</source>
            <translation>예제 “{0}”을(를) 열었습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="126" />
            <source>Cannot import the file</source>
            <translation>파일을 가져올 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="142" />
            <location filename="../../widgets/file_actions.py" line="146" />
            <source>the pasted code</source>
            <translation>붙여넣은 코드</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="144" />
            <source>Cannot read the Keras code</source>
            <translation>Keras 코드를 읽을 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="153" />
            <source>Imported {0} ({1}): {2} layers, {3:,} parameters</source>
            <translation>가져왔습니다: {0} ({1}): 층 {2}개, 파라미터 {3:,}개</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="156" />
            <source>, with its trained weights</source>
            <translation>, 학습된 가중치 포함</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="158" />
            <source>; left out: {0}</source>
            <translation>; 제외됨: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="182" />
            <source>Cannot save</source>
            <translation>저장할 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="183" />
            <source>{0} could not be written: {1}</source>
            <translation>{0} 파일을 쓸 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="188" />
            <source>Saved {0}</source>
            <translation>저장했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="197" />
            <source>Revert</source>
            <translation>되돌리기</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="198" />
            <source>Discard your changes and reload “{0}”?</source>
            <translation>변경 사항을 버리고 “{0}”을(를) 다시 불러올까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="211" />
            <location filename="../../widgets/model_export.py" line="49" />
            <source>Cannot export</source>
            <translation>내보낼 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="213" />
            <source>Exported {0}</source>
            <translation>내보냈습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="49" />
            <source>No preview: {0} must be at least 1.</source>
            <translation>미리 보기 없음: {0}은(는) 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="80" />
            <source>weights in [{0:.3g}, {1:.3g}]</source>
            <translation>가중치 범위 [{0:.3g}, {1:.3g}]</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="82" />
            <source>normal around {0:.3g}</source>
            <translation>{0:.3g} 중심의 정규 분포</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="84" />
            <source>every weight {0:g}</source>
            <translation>모든 가중치가 {0:g}</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="86" />
            <source>an {0} matrix</source>
            <translation>{0} 행렬</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="88" />
            <source>{0}: {1}
fan_in {2}, fan_out {3} → {4}, std {5:.3g}</source>
            <translation>{0}: {1}
fan_in {2}, fan_out {3} → {4}, std {5:.3g}</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="141" />
            <source>Connect this layer's input to see its initial weights.</source>
            <translation>이 층의 입력을 연결하면 초기 가중치를 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/init_preview.py" line="161" />
            <source>&lt;span style='color:#2f6fd0'&gt;■ {0}&lt;/span&gt; &amp;nbsp; &lt;span style='color:#d07a1f'&gt;- - {1}&lt;/span&gt; &lt;span style='color:#5f6b78'&gt;for comparison&lt;/span&gt;</source>
            <translation>&lt;span style='color:#2f6fd0'&gt;■ {0}&lt;/span&gt; &amp;nbsp; &lt;span style='color:#d07a1f'&gt;- - {1}&lt;/span&gt; &lt;span style='color:#5f6b78'&gt;비교용&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="83" />
            <source>{0} layers of different types are selected. Select layers of one type to change their settings together.</source>
            <translation>종류가 다른 층 {0}개가 선택되었습니다. 설정을 함께 바꾸려면 같은 종류의 층을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="92" />
            <source>Select a layer on the canvas to see and change its settings. Drag from a layer's bottom port to another layer to connect them; drop a layer from the palette onto a connection to insert it there.</source>
            <translation>캔버스에서 층을 선택하면 설정을 보고 바꿀 수 있습니다. 층의 아래쪽 포트에서 다른 층으로 드래그하면 연결되고, 팔레트의 층을 연결선 위에 놓으면 그 자리에 삽입됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="112" />
            <source>The layer's id: letters, digits, '_' or '-'. Weights and summaries use it.</source>
            <translation>층의 ID: 문자, 숫자, '_' 또는 '-'. 가중치와 요약에 쓰입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="121" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="123" />
            <source>Output</source>
            <translation>출력</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="125" />
            <source>Parameters</source>
            <translation>파라미터</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="138" />
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="177" />
            <source>{0} layers</source>
            <translation>층 {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="179" />
            <source>{0} × {1}</source>
            <translation>{0} × {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="208" />
            <source> ({0:,} not trained)</source>
            <translation> ({0:,}개는 학습 안 함)</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="217" />
            <source>The initial weights show here once this layer's problems are fixed.</source>
            <translation>이 층의 문제를 해결하면 여기에 초기 가중치가 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="47" />
            <source>1 unit</source>
            <translation>유닛 1개</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="47" />
            <source>{0} units</source>
            <translation>유닛 {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="48" />
            <source>1 filter</source>
            <translation>필터 1개</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="48" />
            <source>{0} filters</source>
            <translation>필터 {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="63" />
            <source>dropout {0:g}</source>
            <translation>드롭아웃 {0:g}</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="75" />
            <source>shape {0}</source>
            <translation>모양 {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="76" />
            <source>to {0}</source>
            <translation>→ {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="77" />
            <source>axis {0}</source>
            <translation>축 {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="84" />
            <source>shape unknown</source>
            <translation>모양 알 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="88" />
            <source>{0:,} params, frozen</source>
            <translation>파라미터 {0:,}개, 고정됨</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="90" />
            <source>{0:,} params ({1:,} fixed)</source>
            <translation>파라미터 {0:,}개 ({1:,}개 고정)</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="93" />
            <source>{0:,} params</source>
            <translation>파라미터 {0:,}개</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="109" />
            <source>Output: drag from here onto another layer to connect them</source>
            <translation>출력: 여기서 다른 층으로 드래그하면 연결됩니다</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="111" />
            <source>Input: drag from here onto the layer that should feed this one</source>
            <translation>입력: 여기서 이 층에 입력을 보낼 층으로 드래그하세요</translation>
        </message>
        <message>
            <location filename="../../widgets/items.py" line="166" />
            <location filename="../../widgets/main_window.py" line="85" />
            <location filename="../../widgets/main_window.py" line="175" />
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="66" />
            <source>Ready</source>
            <translation>준비</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="81" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;열었을 때&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="82" />
            <source>Layers</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="83" />
            <source>Inspector</source>
            <translation>속성</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="84" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="88" />
            <source>History</source>
            <translation>작업 내역</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="37" />
            <source>Loss and accuracy</source>
            <translation>손실과 정확도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="39" />
            <source>Confusion matrix</source>
            <translation>혼동 행렬</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="40" />
            <source>Weights</source>
            <translation>가중치</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="41" />
            <source>Gradients and activations</source>
            <translation>기울기와 활성화</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="81" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="91" />
            <source>&amp;Training</source>
            <translation>학습(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="111" />
            <source>&amp;Train</source>
            <translation>학습 시작(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="112" />
            <source>Train the network with its training settings</source>
            <translation>학습 설정대로 신경망을 학습합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="114" />
            <source>&amp;Pause / Resume</source>
            <translation>일시 정지/재개(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="116" />
            <source>Pause or resume the selected run</source>
            <translation>선택한 실행을 일시 정지하거나 재개합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="117" />
            <source>&amp;Step One Batch</source>
            <translation>배치 하나만 실행(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="119" />
            <source>St&amp;op</source>
            <translation>중지(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="120" />
            <source>Stop the selected run</source>
            <translation>선택한 실행을 중지합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="122" />
            <source>Find a &amp;Learning Rate</source>
            <translation>학습률 찾기(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="123" />
            <source>The learning-rate range test</source>
            <translation>학습률 범위 테스트</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="124" />
            <source>Stop &amp;All Runs</source>
            <translation>모든 실행 중지(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="126" />
            <source>Show &amp;Gradients on the Canvas</source>
            <translation>캔버스에 기울기 표시(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="127" />
            <source>Tag each layer on the canvas with its gradient norm and weight spread for the selected run; vanishing gradients fade out</source>
            <translation>선택한 실행에서 캔버스의 각 층에 기울기 노름과 가중치 분포 폭을 표시합니다. 기울기가 소실된 층은 흐리게 표시됩니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="193" />
            <source>Add layers to the network first: there is nothing to train.</source>
            <translation>먼저 신경망에 층을 추가하세요. 학습할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="195" />
            <location filename="../../widgets/training/controller.py" line="200" />
            <source>Fix the problems first: {0}</source>
            <translation>먼저 문제를 해결하세요: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="197" />
            <source>Choose a dataset in the Training panel first.</source>
            <translation>먼저 학습 패널에서 데이터셋을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="174" />
            <source>{0} started: it trains a copy of the network, so you can keep editing.</source>
            <translation>{0} 시작: 신경망의 사본을 학습하므로 계속 편집할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="265" />
            <source>{0} diverged: {1}</source>
            <translation>{0} 발산: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="268" />
            <source>{0} {1}: its weights are now in the network (save to keep them)</source>
            <translation>{0} {1}: 가중치가 신경망에 반영되었습니다(유지하려면 저장하세요)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="271" />
            <source>{0} {1}. The network changed while it trained, so its weights were not put into it; use Restore weights after undoing the changes.</source>
            <translation>{0} {1}. 학습 중에 신경망이 바뀌어 가중치를 반영하지 않았습니다. 변경 사항을 실행 취소한 뒤 가중치 복원을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="279" />
            <source>Training failed</source>
            <translation>학습 실패</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="280" />
            <source>{0} could not train: {1}</source>
            <translation>{0}을(를) 학습할 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="285" />
            <source>Delete run</source>
            <translation>실행 삭제</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="286" />
            <source>Delete “{0}” and its curves? The file keeps it until you save.</source>
            <translation>“{0}”과(와) 그 곡선을 삭제할까요? 저장하기 전까지는 파일에 남아 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="302" />
            <location filename="../../widgets/training/runs_table.py" line="246" />
            <source>Restore weights</source>
            <translation>가중치 복원</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="303" />
            <source>The network has changed since {0} started, so its weights no longer fit it. Undo the changes (Ctrl+Z) to get back to the network it trained, then restore.</source>
            <translation>{0}이(가) 시작된 뒤 신경망이 바뀌어 가중치가 더 이상 맞지 않습니다. 변경 사항을 실행 취소(Ctrl+Z)하여 학습했던 신경망으로 되돌린 다음 복원하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="308" />
            <source>The weights of {0} are now in the network.</source>
            <translation>{0}의 가중치가 신경망에 반영되었습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="323" />
            <source>Stop training</source>
            <translation>학습 중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="324" />
            <source>{0} still training ({1}). Stop and keep what it has learned so far?</source>
            <translation>{0}개가 아직 학습 중입니다({1}). 중지하고 지금까지 학습한 내용을 유지할까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="175" />
            <source>Problems ({0})</source>
            <translation>문제 ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="182" />
            <source>{0} (not saved yet)</source>
            <translation>{0} (아직 저장 안 됨)</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="183" />
            <source>{0}[*] — Network Designer</source>
            <translation>{0}[*] — Network Designer</translation>
        </message>
        <message>
            <location filename="../../widgets/problems.py" line="55" />
            <source>No problems: every layer fits its input.</source>
            <translation>문제 없음: 모든 층이 입력에 맞습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/problems.py" line="59" />
            <source>network</source>
            <translation>신경망</translation>
        </message>
        <message>
            <location filename="../../widgets/problems.py" line="77" />
            <source>Change the layer so that it fits the data (one undo step)</source>
            <translation>데이터에 맞도록 층을 바꿉니다(실행 취소 한 번으로 되돌릴 수 있음)</translation>
        </message>
        <message>
            <location filename="../../widgets/scene.py" line="181" />
            <source>Drop the connection on the layer it should reach</source>
            <translation>연결할 층 위에 놓으세요</translation>
        </message>
        <message>
            <location filename="../../widgets/scene.py" line="202" />
            <source>Release to connect {0} → {1}</source>
            <translation>놓으면 {0} → {1} 연결</translation>
        </message>
        <message>
            <location filename="../../widgets/scene.py" line="216" />
            <source>No connection: release over a layer to connect</source>
            <translation>연결 안 됨: 층 위에서 놓아야 연결됩니다</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="41" />
            <source>Layer (type)</source>
            <translation>층 (종류)</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="41" />
            <source>Output shape</source>
            <translation>출력 모양</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="41" />
            <source>Param #</source>
            <translation>파라미터 수</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="42" />
            <source>Connected to</source>
            <translation>연결 대상</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="61" />
            <source>Total params: &lt;b&gt;{0:,}&lt;/b&gt; · trainable: {1:,} · non-trainable: {2:,}</source>
            <translation>전체 파라미터: &lt;b&gt;{0:,}&lt;/b&gt; · 학습 가능: {1:,} · 학습 불가: {2:,}</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="66" />
            <source>{0} problem(s): see the Problems list</source>
            <translation>문제 {0}개: 문제 목록을 보세요</translation>
        </message>
        <message>
            <location filename="../../widgets/summary_panel.py" line="67" />
            <source>Valid: every shape fits</source>
            <translation>유효함: 모든 모양이 맞습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/view.py" line="186" />
            <source>Drag an Input layer here from the palette on the left,
then more layers below it, and connect them port to port.

Or open a ready network: File › Open Example.</source>
            <translation>왼쪽 팔레트에서 Input 층을 여기로 드래그하고,
그 아래에 층을 더 놓은 뒤 포트끼리 연결하세요.

또는 완성된 신경망을 여세요: 파일 › 예제 열기.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="37" />
            <location filename="../../widgets/training/boundary.py" line="79" />
            <source>For datasets with two inputs (XOR, spiral, circle, …) the network's answer over the whole plane appears here while it trains.</source>
            <translation>입력이 두 개인 데이터셋(XOR, spiral, circle, …)에서는 학습하는 동안 평면 전체에 대한 신경망의 답이 여기에 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="40" />
            <location filename="../../widgets/training/boundary.py" line="119" />
            <source>Validation points</source>
            <translation>검증 데이터 점</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="42" />
            <source>Hollow circles: data held out for validation, never trained on</source>
            <translation>속이 빈 원: 검증용으로 떼어 둔 데이터로, 학습에 쓰이지 않습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="88" />
            <source>This saved run has no picture of its boundary (it diverged, or an older version saved it): train again to see it.</source>
            <translation>이 저장된 실행에는 경계 그림이 없습니다(발산했거나 이전 버전에서 저장됨). 보려면 다시 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="91" />
            <source>The decision boundary is drawn for datasets with one or two inputs; this one has more.</source>
            <translation>결정 경계는 입력이 하나나 둘인 데이터셋에만 그려집니다. 이 데이터셋은 입력이 더 많습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="94" />
            <source>Waiting for the first picture of the network…</source>
            <translation>신경망의 첫 그림을 기다리는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="111" />
            <source>Fitted curve</source>
            <translation>적합 곡선</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="111" />
            <location filename="../../widgets/training/controller.py" line="38" />
            <source>Decision boundary</source>
            <translation>결정 경계</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="150" />
            <source>Line: the network's output; dots: the data.</source>
            <translation>선: 신경망의 출력, 점: 데이터.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="159" />
            <source>Colour: the class the network picks at each point.</source>
            <translation>색: 각 점에서 신경망이 고른 클래스.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="162" />
            <source>Colour: the network's probability of class 1 (blue) against class 0 (orange); white is 50/50, the decision boundary.</source>
            <translation>색: 클래스 0(주황) 대비 클래스 1(파랑)에 대한 신경망의 확률. 흰색은 50/50, 즉 결정 경계입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="167" />
            <source>Colour: the network's output value (orange low, blue high).</source>
            <translation>색: 신경망의 출력 값(주황은 낮음, 파랑은 높음).</translation>
        </message>
        <message>
            <location filename="../../widgets/training/canvas_tint.py" line="94" />
            <source>∇ {0:.2g}</source>
            <translation>∇ {0:.2g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/canvas_tint.py" line="95" />
            <source>w σ {0:.2g}</source>
            <translation>w σ {0:.2g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="15" />
            <location filename="../../widgets/training/runs_table.py" line="88" />
            <source>training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="16" />
            <location filename="../../widgets/training/runs_table.py" line="88" />
            <source>validation</source>
            <translation>검증</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="65" />
            <location filename="../../widgets/training/confusion.py" line="109" />
            <source>For classification: which classes the network confuses, updated as it trains.</source>
            <translation>분류용: 신경망이 어떤 클래스끼리 혼동하는지 학습하는 동안 갱신됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="80" />
            <source>predicted class</source>
            <translation>예측 클래스</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="80" />
            <source>true class</source>
            <translation>실제 클래스</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="107" />
            <source>Regression has no classes to confuse: see the MAE and R² curves.</source>
            <translation>회귀에는 혼동할 클래스가 없습니다. MAE와 R² 곡선을 보세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="123" />
            <source>&lt;span style='color:{0}'&gt;●&lt;/span&gt; {1} · {2} data: {3} of {4} right ({5:.1%})</source>
            <translation>&lt;span style='color:{0}'&gt;●&lt;/span&gt; {1} · {2} 데이터: {4}개 중 {3}개 정답 ({5:.1%})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="27" />
            <source>{0} s</source>
            <translation>{0}초</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="30" />
            <source>{0} min {1:02d} s</source>
            <translation>{0}분 {1:02d}초</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="32" />
            <source>{0} h {1:02d} min</source>
            <translation>{0}시간 {1:02d}분</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="62" />
            <source>▶  Train</source>
            <translation>▶  학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="64" />
            <source>Train the network as it is now, with these settings (F5). Press it again after a change to compare two runs.</source>
            <translation>지금의 신경망을 이 설정으로 학습합니다(F5). 변경한 뒤 다시 누르면 두 실행을 비교할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="67" />
            <location filename="../../widgets/training/controls.py" line="157" />
            <source>Pause</source>
            <translation>일시정지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="68" />
            <source>Pause the selected run; the optimizer keeps its state, so Resume goes on exactly where it stopped</source>
            <translation>선택한 실행을 일시정지합니다. 옵티마이저가 상태를 유지하므로 재개하면 멈춘 지점에서 그대로 이어집니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="72" />
            <source>Step</source>
            <translation>한 단계</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="73" />
            <source>Train one batch, then pause again (the menu has one epoch)</source>
            <translation>배치 하나를 학습한 뒤 다시 일시정지합니다(메뉴에서 한 에포크도 고를 수 있습니다)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="76" />
            <source>One batch</source>
            <translation>배치 하나</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="77" />
            <source>Rest of this epoch</source>
            <translation>이 에포크의 나머지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="80" />
            <location filename="../../widgets/training/runs_table.py" line="244" />
            <location filename="../../widgets/training/runs_table.py" line="297" />
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="81" />
            <source>Stop the selected run; what it learned so far is kept</source>
            <translation>선택한 실행을 중지합니다. 지금까지 학습한 내용은 유지됩니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="156" />
            <source>Resume</source>
            <translation>재개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="164" />
            <source>Press Train to start. Each run trains a copy of the network in the background, so you can keep editing.</source>
            <translation>학습을 누르면 시작합니다. 각 실행은 신경망의 복사본을 백그라운드에서 학습하므로 계속 편집할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="170" />
            <source>{0}: epoch {1} of {2}</source>
            <translation>{0}: 에포크 {1}/{2}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="173" />
            <source> · about {0} left</source>
            <translation> · 약 {0} 남음</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="183" />
            <source>loss {0:.4g}</source>
            <translation>손실 {0:.4g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="184" />
            <source>validation loss {0:.4g}</source>
            <translation>검증 손실 {0:.4g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="185" />
            <source>accuracy {0:.1%}</source>
            <translation>정확도 {0:.1%}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="186" />
            <source>validation accuracy {0:.1%}</source>
            <translation>검증 정확도 {0:.1%}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="187" />
            <source>R² {0:.3f}</source>
            <translation>R² {0:.3f}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="196" />
            <source>This run failed: {0}</source>
            <translation>이 실행이 실패했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="198" />
            <source>Diverged: {0}</source>
            <translation>발산했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="227" />
            <source>Finished {0} epochs in {1}.</source>
            <translation>{0} 에포크를 {1} 만에 마쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="230" />
            <source>Test accuracy {0:.1%}.</source>
            <translation>테스트 정확도 {0:.1%}.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="17" />
            <location filename="../../widgets/training/curves.py" line="103" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="17" />
            <source>MAE</source>
            <translation>MAE</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="18" />
            <source>R²</source>
            <translation>R²</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="67" />
            <location filename="../../widgets/training/curves.py" line="163" />
            <source>Press Train: the loss and accuracy of every run are drawn here, epoch by epoch (solid: training data, dashed: validation data).</source>
            <translation>학습을 누르세요. 모든 실행의 손실과 정확도가 에포크마다 여기에 그려집니다(실선: 학습 데이터, 점선: 검증 데이터).</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="70" />
            <source>The second plot: accuracy for classes, mean absolute error or R² for regression</source>
            <translation>두 번째 그래프: 분류는 정확도, 회귀는 평균 절대 오차(MAE) 또는 R²</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="75" />
            <source>Log scale</source>
            <translation>로그 스케일</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="76" />
            <source>Show the loss on a logarithmic axis: late, small improvements become visible</source>
            <translation>손실을 로그 축으로 표시합니다. 후반의 작은 개선도 눈에 보입니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="79" />
            <source>Per batch</source>
            <translation>배치별</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="80" />
            <source>Also draw the running loss within each epoch (faint line)</source>
            <translation>각 에포크 안에서 진행 중인 손실도 함께 그립니다(흐린 선)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="82" />
            <source>— training   - - validation</source>
            <translation>— 학습   - - 검증</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="102" />
            <location filename="../../widgets/training/lr_finder.py" line="133" />
            <location filename="../../widgets/training/training_form.py" line="82" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="104" />
            <location filename="../../widgets/training/dynamics.py" line="79" />
            <location filename="../../widgets/training/dynamics.py" line="81" />
            <location filename="../../widgets/training/weights.py" line="94" />
            <source>epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="104" />
            <source>rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="95" />
            <source>{0} samples · {1} features</source>
            <translation>샘플 {0}개 · 특성 {1}개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="99" />
            <source> · {0} classes ({1})</source>
            <translation> · 클래스 {0}개({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="101" />
            <source> · regression</source>
            <translation> · 회귀</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="103" />
            <source> · {0} test samples</source>
            <translation> · 테스트 샘플 {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="291" />
            <location filename="../../widgets/training/dataset_chooser.py" line="145" />
            <source>target</source>
            <translation>타깃</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="31" />
            <source>Vanishing gradients: {0} get(s) gradients over 1000× smaller than {1}, so they barely learn. Saturating activations (sigmoid, tanh) in deep stacks do this; try ReLU with He initialization, or BatchNorm.</source>
            <translation>기울기 소실: {0}의 기울기가 {1}보다 1000배 넘게 작아서 거의 학습되지 않습니다. 깊게 쌓은 층에서 포화되는 활성화 함수(sigmoid, tanh)가 이런 현상을 일으킵니다. He 초기화와 함께 ReLU를 쓰거나 BatchNorm을 사용해 보세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="37" />
            <source>Exploding gradients in {0} (norm above {1:g}): lower the learning rate or set gradient clipping (clip norm).</source>
            <translation>{0}에서 기울기 폭주(노름이 {1:g} 초과): 학습률을 낮추거나 그레이디언트 클리핑(clip norm)을 설정하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="43" />
            <source>{0:.0%} of the ReLUs in {1} are dead: they output 0 for every sample, so they no longer learn. A smaller learning rate, leaky_relu or He initialization helps.</source>
            <translation>{1}의 ReLU 중 {0:.0%}가 죽었습니다. 모든 샘플에 대해 0을 출력하므로 더 이상 학습되지 않습니다. 학습률을 낮추거나 leaky_relu 또는 He 초기화를 쓰면 도움이 됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="55" />
            <location filename="../../widgets/training/dynamics.py" line="105" />
            <source>While a run trains: each layer's gradient size and activation size over time. Lines that drift far apart mean vanishing or exploding gradients.</source>
            <translation>실행이 학습하는 동안 각 층의 기울기 크기와 활성화 크기를 시간에 따라 보여 줍니다. 선들이 서로 크게 벌어지면 기울기 소실이나 폭주가 일어난 것입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="76" />
            <source>gradient norm</source>
            <translation>기울기 노름</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="79" />
            <source>mean |activation|</source>
            <translation>평균 |활성화|</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="81" />
            <source>dead ReLUs</source>
            <translation>죽은 ReLU</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="103" />
            <source>A saved run keeps its curves and its final pictures, not its gradients over time: train again to see them.</source>
            <translation>저장된 실행에는 곡선과 마지막 그림만 남고, 시간에 따른 기울기는 남지 않습니다. 보려면 다시 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="57" />
            <location filename="../../widgets/training/lr_finder.py" line="121" />
            <source>Find a learning rate</source>
            <translation>학습률 찾기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="58" />
            <source>The range test: train a copy for 100 steps while the rate grows from 1e-7 to 10, and watch where the loss falls fastest and where it blows up. Your network is not changed.</source>
            <translation>범위 테스트: 학습률을 1e-7에서 10까지 키우면서 복사본을 100스텝 학습하고, 손실이 가장 빠르게 줄어드는 곳과 폭발하는 곳을 확인합니다. 신경망은 바뀌지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="104" />
            <source>Testing rates from 1e-7 to 10…</source>
            <translation>학습률 1e-7~10을 테스트하는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="107" />
            <source>Stop the test</source>
            <translation>테스트 중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="133" />
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="156" />
            <source>The test could not run: {0}</source>
            <translation>테스트를 실행할 수 없습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="178" />
            <source>Too few steps to suggest a rate: the loss went wrong at once. Check the data and the network.</source>
            <translation>스텝이 너무 적어 학습률을 제안할 수 없습니다. 손실이 처음부터 잘못되었습니다. 데이터와 신경망을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="182" />
            <source>The loss did not clearly fall during the test (this network learns slowly, or the batches are noisy): no suggestion. Try the rates where the curve is lowest.</source>
            <translation>테스트 중에 손실이 뚜렷하게 줄지 않았습니다(이 신경망이 느리게 학습하거나 배치의 잡음이 큽니다). 제안할 값이 없습니다. 곡선이 가장 낮은 곳의 학습률을 시도해 보세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="188" />
            <source>Use {0:.2g}</source>
            <translation>{0:.2g} 사용</translation>
        </message>
        <message>
            <location filename="../../widgets/training/lr_finder.py" line="190" />
            <source>Lowest loss at {0:.2g}; a tenth of it, {1:.2g}, is a good start (green line).</source>
            <translation>손실이 가장 낮은 곳은 {0:.2g}입니다. 그 10분의 1인 {1:.2g}로 시작하면 좋습니다(초록색 선).</translation>
        </message>
        <message>
            <location filename="../../widgets/training/plotting.py" line="190" />
            <source>Save this plot as a PNG picture or its numbers as CSV</source>
            <translation>이 그래프를 PNG 이미지로, 또는 그 수치를 CSV로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/plotting.py" line="194" />
            <source>Save image (PNG)…</source>
            <translation>이미지 저장(PNG)…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/plotting.py" line="195" />
            <source>Save data (CSV)…</source>
            <translation>데이터 저장(CSV)…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="37" />
            <source>starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="37" />
            <source>running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="38" />
            <source>paused</source>
            <translation>일시정지됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="38" />
            <source>finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="39" />
            <source>early stopped</source>
            <translation>조기 종료됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="39" />
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="40" />
            <source>diverged</source>
            <translation>발산함</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="40" />
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="92" />
            <source>val</source>
            <translation>검증</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="92" />
            <source>train</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="93" />
            <source>Best {0} {1}: {2:.4g} at epoch {3}</source>
            <translation>최고 {0} {1}: {2:.4g}(에포크 {3})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="151" />
            <location filename="../../widgets/training/training_form.py" line="102" />
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="151" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="151" />
            <source>Epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="151" />
            <source>Best</source>
            <translation>최고</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="151" />
            <source>Differs in</source>
            <translation>차이점</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="200" />
            <source>Untick to hide this run from the plots; double-click to rename</source>
            <translation>체크를 해제하면 그래프에서 이 실행을 숨깁니다. 이름을 바꾸려면 더블클릭하세요</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="245" />
            <location filename="../../widgets/training/runs_table.py" line="303" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="247" />
            <source>Put this run's trained weights into the network in the editor</source>
            <translation>이 실행에서 학습된 가중치를 편집기의 신경망에 넣습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="296" />
            <source>Rename</source>
            <translation>이름 바꾸기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="299" />
            <source>Restore weights into the editor</source>
            <translation>가중치를 편집기로 복원</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="30" />
            <source>Watch it learn (up to 50 epochs/s)</source>
            <translation>학습 과정 보기(최대 50 에포크/s)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="31" />
            <source>Slow motion (up to 10 epochs/s)</source>
            <translation>느리게(최대 10 에포크/s)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="32" />
            <source>Full speed</source>
            <translation>최고 속도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="64" />
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="69" />
            <source>From a CSV or NPZ file…</source>
            <translation>CSV 또는 NPZ 파일에서…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="71" />
            <source>dataset</source>
            <translation>데이터셋</translation>
        </message>
        <message>
            <location filename="../../widgets/problems.py" line="73" />
            <location filename="../../widgets/problems.py" line="102" />
            <location filename="../../widgets/training/dataset_chooser.py" line="81" />
            <source>Make the network fit</source>
            <translation>신경망을 데이터에 맞추기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="82" />
            <source>Change the Input's shape or the output layer so that they fit this data (one undo step)</source>
            <translation>이 데이터에 맞도록 Input의 형태나 출력층을 바꿉니다(실행 취소 한 번으로 되돌릴 수 있음)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="76" />
            <source>Loss and optimizer</source>
            <translation>손실과 옵티마이저</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="77" />
            <source>automatic</source>
            <translation>자동</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="79" />
            <source>What the network minimizes. Automatic: binary or categorical cross-entropy for classes, MSE for values.</source>
            <translation>신경망이 최소화하는 값입니다. 자동: 분류는 이진 또는 범주형 크로스 엔트로피, 값 예측은 MSE.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="81" />
            <source>Set the loss</source>
            <translation>손실 함수 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="86" />
            <source>optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="93" />
            <source>Set the learning-rate schedule</source>
            <translation>학습률 스케줄 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="94" />
            <source>schedule</source>
            <translation>스케줄</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="96" />
            <source>The learning rate this schedule plans over the run (log scale)</source>
            <translation>이 스케줄이 실행 동안 계획한 학습률(로그 스케일)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="105" />
            <source>new each run</source>
            <translation>실행마다 새로</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="106" />
            <source>Set the seed</source>
            <translation>시드 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="107" />
            <source>seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="109" />
            <source>stop when it stops improving</source>
            <translation>개선이 멈추면 중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="110" />
            <source>Early stopping: end the run when the validation loss has not improved for a number of epochs (patience), and go back to the best weights. A remedy for overfitting.</source>
            <translation>조기 종료: 검증 손실이 일정 에포크 동안(patience) 개선되지 않으면 실행을 끝내고 가장 좋았던 가중치로 되돌립니다. 과적합을 막는 방법입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="114" />
            <source>early stopping</source>
            <translation>조기 종료</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="127" />
            <source>start from the network's weights</source>
            <translation>신경망의 가중치에서 시작</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="128" />
            <source>Continue training the weights the network has now (from an earlier run or a file). Unticked, every run starts from freshly initialized weights, so runs compare fairly.</source>
            <translation>신경망이 지금 가진 가중치(이전 실행이나 파일에서 온 것)를 이어서 학습합니다. 체크하지 않으면 모든 실행이 새로 초기화된 가중치에서 시작하므로 실행을 공정하게 비교할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="131" />
            <source>continue</source>
            <translation>이어서 학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="135" />
            <source>Where to compute. auto: the GPU for larger networks when there is one, else the CPU (small networks are faster on the CPU)</source>
            <translation>계산할 장치입니다. auto: GPU가 있으면 큰 신경망은 GPU, 그 밖에는 CPU(작은 신경망은 CPU에서 더 빠릅니다)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="142" />
            <source>device</source>
            <translation>장치</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="146" />
            <source>Small networks learn in a blink; slowed down, you can watch the boundary and the histograms change. Large networks are never slowed.</source>
            <translation>작은 신경망은 눈 깜짝할 새에 학습합니다. 속도를 늦추면 결정 경계와 히스토그램이 바뀌는 모습을 볼 수 있습니다. 큰 신경망은 늦추지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="153" />
            <source>speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="178" />
            <source>The file's training settings were not understood ({0}); showing the defaults.</source>
            <translation>파일의 학습 설정을 이해할 수 없어({0}) 기본값을 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="137" />
            <source>the last column</source>
            <translation>마지막 열</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="138" />
            <source>The column to predict; the other columns are the inputs (numbers standardized, text one-hot encoded)</source>
            <translation>예측할 열입니다. 나머지 열이 입력이 됩니다(숫자는 표준화, 텍스트는 원-핫 인코딩)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="142" />
            <source>leave out rows that do not parse</source>
            <translation>해석할 수 없는 행은 제외</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="156" />
            <source>Choose a dataset to train on.</source>
            <translation>학습할 데이터셋을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="158" />
            <location filename="../../widgets/training/dataset_chooser.py" line="193" />
            <source>Loading the data…</source>
            <translation>데이터를 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="214" />
            <source>{0}: {1:.2g} → {2:.2g} over {3} epochs</source>
            <translation>{0}: {3} 에포크에 걸쳐 {1:.2g} → {2:.2g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="217" />
            <source>reduce_on_plateau: {0:.2g}, lowered when the loss stalls</source>
            <translation>reduce_on_plateau: {0:.2g}, 손실이 정체되면 낮춤</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="222" />
            <source>Settings suited to {0}: {1} (Ctrl+Z undoes it).</source>
            <translation>{0}에 맞는 설정: {1} (Ctrl+Z로 되돌릴 수 있습니다).</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="229" />
            <source>The data cannot be loaded: {0}</source>
            <translation>데이터를 불러올 수 없습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="236" />
            <source>Set the optimizer</source>
            <translation>옵티마이저 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="242" />
            <source>Use the suggested learning rate</source>
            <translation>제안된 학습률 사용</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="243" />
            <source>Learning rate set to {0:g}</source>
            <translation>학습률을 {0:g}(으)로 설정했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="247" />
            <location filename="../../widgets/training/training_form.py" line="252" />
            <source>Set early stopping</source>
            <translation>조기 종료 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/setup.py" line="55" />
            <source>Set training {0}</source>
            <translation>학습 설정 변경: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/setup.py" line="64" />
            <source>Use the dataset {0}</source>
            <translation>데이터셋 {0} 사용</translation>
        </message>
        <message>
            <location filename="../../widgets/training/setup.py" line="87" />
            <source>{0} epochs</source>
            <translation>{0} 에포크</translation>
        </message>
        <message>
            <location filename="../../widgets/training/setup.py" line="89" />
            <source>batch {0}</source>
            <translation>배치 {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/setup.py" line="91" />
            <source>{0:.0%} held out for validation</source>
            <translation>{0:.0%}를 검증용으로 분리</translation>
        </message>
        <message>
            <location filename="../../widgets/training/setup.py" line="93" />
            <source>learning rate {0:g}</source>
            <translation>학습률 {0:g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="59" />
            <location filename="../../widgets/training/weights.py" line="126" />
            <source>Weight histograms per layer appear here while a run trains: how the initial distribution (Xavier, He, …) spreads out as it learns.</source>
            <translation>실행이 학습하는 동안 층별 가중치 히스토그램이 여기에 나타납니다. 초기 분포(Xavier, He, …)가 학습하면서 어떻게 퍼지는지 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="63" />
            <source>Which layer's weights to show</source>
            <translation>가중치를 표시할 층</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="67" />
            <source>weights</source>
            <translation>가중치</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="68" />
            <source>biases</source>
            <translation>편향</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="84" />
            <location filename="../../widgets/training/weights.py" line="94" />
            <source>weight value</source>
            <translation>가중치 값</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="84" />
            <source>count</source>
            <translation>개수</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="103" />
            <source>Top: &lt;b&gt;now&lt;/b&gt; (filled) and &lt;span style='color:#7b8794'&gt;at the start&lt;/span&gt; (dashed). Bottom: the distribution over time, darker where more weights lie; &lt;span style='color:#d07a1f'&gt;mean&lt;/span&gt;.</source>
            <translation>위: &lt;b&gt;현재&lt;/b&gt;(채움)와 &lt;span style='color:#7b8794'&gt;시작 시점&lt;/span&gt;(점선). 아래: 시간에 따른 분포, 가중치가 많을수록 진하게 표시; &lt;span style='color:#d07a1f'&gt;평균&lt;/span&gt;.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="124" />
            <source>This saved run has no histograms (it diverged, or an older version saved it): train again to see them.</source>
            <translation>이 저장된 실행에는 히스토그램이 없습니다(발산했거나 이전 버전에서 저장됨). 보려면 다시 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="213" />
            <source>mean {0:.2g} · std {1:.2g} · range {2:.2g} to {3:.2g}</source>
            <translation>평균 {0:.2g} · 표준편차 {1:.2g} · 범위 {2:.2g}~{3:.2g}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="37" />
            <source>Export the network as {0}</source>
            <translation>신경망을 {0} 형식으로 내보내기</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="50" />
            <source>The network cannot be exported as {0}: {1}</source>
            <translation>신경망을 {0} 형식으로 내보낼 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="58" />
            <source>Exported {0} to {1}</source>
            <translation>{0} 내보내기 완료: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="60" />
            <source>, its trained weights to {0}</source>
            <translation>, 학습된 가중치: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="62" />
            <source> (checked: largest difference {0:.1e})</source>
            <translation> (검증함: 최대 차이 {0:.1e})</translation>
        </message>
        <message>
            <location filename="../../widgets/autosave.py" line="54" />
            <source>Autosave failed: {0}</source>
            <translation>자동 저장 실패: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/autosave.py" line="83" />
            <source>Cannot restore</source>
            <translation>복원할 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/autosave.py" line="89" />
            <source>Restored “{0}” as it was at {1}; save it to keep it.</source>
            <translation>“{0}”을(를) {1} 시점의 상태로 복원했습니다. 유지하려면 저장하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="56" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="60" />
            <source>System</source>
            <translation>시스템 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="74" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="75" />
            <source>The new language is used from the next start. Restart Network Designer now?</source>
            <translation>새 언어는 다음에 시작할 때부터 쓰입니다. 지금 Network Designer를 다시 시작할까요?</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../widgets/document.py" line="35" />
            <source>untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/document.py" line="59" />
            <source>Not done: {0}</source>
            <translation>적용하지 못했습니다: {0}</translation>
        </message>
    </context>
    <context>
        <name>EdgeItem</name>
        <message>
            <location filename="../../widgets/edges.py" line="63" />
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/edges.py" line="65" />
            <source> (input {0})</source>
            <translation> (입력 {0})</translation>
        </message>
        <message>
            <location filename="../../widgets/edges.py" line="67" />
            <source>
Click to select, Delete to remove; drop a layer here to insert it.</source>
            <translation>
클릭하면 선택하고, Delete 키로 삭제합니다. 층을 여기에 놓으면 사이에 삽입합니다.</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <location filename="../../widgets/palette.py" line="26" />
            <source>Input</source>
            <translation>입력</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="26" />
            <source>Core</source>
            <translation>기본</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="27" />
            <source>Convolution</source>
            <translation>합성곱</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="28" />
            <source>Pooling</source>
            <translation>풀링</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="29" />
            <source>Normalization</source>
            <translation>정규화</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="30" />
            <source>Regularization</source>
            <translation>규제</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="31" />
            <source>Reshaping</source>
            <translation>형태 변환</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="31" />
            <source>Merge</source>
            <translation>병합</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="102" />
            <source>Search layers…</source>
            <translation>층 검색…</translation>
        </message>
        <message>
            <location filename="../../widgets/palette.py" line="113" />
            <source>Drag a layer onto the canvas, or double-click it to add it after the selected layer.</source>
            <translation>층을 캔버스로 끌어다 놓거나, 더블클릭하여 선택한 층 뒤에 추가하세요.</translation>
        </message>
    </context>
    <context>
        <name>RunManager</name>
        <message>
            <location filename="../../widgets/training/runs.py" line="222" />
            <source>run {0}</source>
            <translation>실행 {0}</translation>
        </message>
    </context>
    <context>
        <name>examples</name>
        <message>
            <source>AND perceptron</source>
            <translation>AND 퍼셉트론</translation>
        </message>
        <message>
            <source>A single-layer perceptron: a linear classifier that learns AND (try XOR: it cannot).</source>
            <translation>단층 퍼셉트론: AND를 학습하는 선형 분류기입니다(XOR도 해 보세요. 학습하지 못합니다).</translation>
        </message>
        <message>
            <source>Keras template</source>
            <translation>Keras 템플릿</translation>
        </message>
        <message>
            <source>The Keras template of the study notes: sigmoid, ReLU and tanh layers, L1 and L2 penalties, dropout and batch normalization on 28x28 images.</source>
            <translation>학습 노트의 Keras 템플릿: 28x28 이미지에 sigmoid, ReLU, tanh 층과 L1, L2 규제, 드롭아웃, 배치 정규화를 씁니다.</translation>
        </message>
        <message>
            <source>MLP with dropout (digits)</source>
            <translation>드롭아웃을 쓴 MLP (digits)</translation>
        </message>
        <message>
            <source>A multi-layer perceptron for the 8x8 handwritten digits (10 classes), with dropout against overfitting.</source>
            <translation>8x8 손글씨 숫자(클래스 10개)를 분류하는 다층 퍼셉트론으로, 과적합을 막으려고 드롭아웃을 씁니다.</translation>
        </message>
        <message>
            <source>Residual block (spiral)</source>
            <translation>잔차 블록 (spiral)</translation>
        </message>
        <message>
            <source>A residual block: the input of two Dense layers is added back to their output (a skip connection), so the graph branches and merges.</source>
            <translation>잔차 블록: 두 Dense 층의 입력을 출력에 다시 더하므로(스킵 연결) 그래프가 갈라졌다가 합쳐집니다.</translation>
        </message>
        <message>
            <source>Sine (regression)</source>
            <translation>사인 곡선 (회귀)</translation>
        </message>
        <message>
            <source>Regression: a 1-16-16-1 tanh network fits y = sin(x) from noisy samples; watch the curve bend into shape and R² climb.</source>
            <translation>회귀: 1-16-16-1 tanh 신경망이 잡음 섞인 샘플로 y = sin(x)를 맞춥니다. 곡선이 제 모양으로 휘고 R²가 오르는 모습을 지켜보세요.</translation>
        </message>
        <message>
            <source>Small CNN (digits)</source>
            <translation>작은 CNN (digits)</translation>
        </message>
        <message>
            <source>Two convolution + max-pooling stages on the 8x8 digits seen as 1x8x8 images.</source>
            <translation>8x8 숫자를 1x8x8 이미지로 보고 합성곱 + 맥스 풀링 단계를 두 번 거칩니다.</translation>
        </message>
        <message>
            <source>Spiral (Playground)</source>
            <translation>나선 (Playground)</translation>
        </message>
        <message>
            <source>The TensorFlow Playground's spiral with a 2-8-8-1 tanh network; watch the decision boundary curl.</source>
            <translation>TensorFlow Playground의 나선 데이터를 2-8-8-1 tanh 신경망으로 학습합니다. 결정 경계가 말려 들어가는 모습을 지켜보세요.</translation>
        </message>
        <message>
            <source>XOR</source>
            <translation>XOR</translation>
        </message>
        <message>
            <source>The multi-layer perceptron that solves XOR, which no single-layer perceptron can (2-4-1).</source>
            <translation>단층 퍼셉트론으로는 풀 수 없는 XOR을 푸는 다층 퍼셉트론입니다(2-4-1).</translation>
        </message>
    </context>
</TS>
