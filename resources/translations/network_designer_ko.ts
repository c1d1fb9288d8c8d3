<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name />
        <message>
            <location filename="../../widgets/actions.py" line="48" />
            <source>&lt;h3&gt;Network Designer&lt;/h3&gt;&lt;p&gt;Design neural networks
by drawing them, see every layer's shape and parameter count as you go, and learn what each
choice means.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Network Designer&lt;/h3&gt;&lt;p&gt;신경망을 그려서 설계하고,
그리는 동안 층마다 형태와 파라미터 수를 확인하며, 각 선택이 무엇을 뜻하는지 배워 보세요.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="56" />
            <source>&amp;ONNX…</source>
            <translation>ONNX(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="57" />
            <source>An .onnx model for onnxruntime and other tools, with the trained weights</source>
            <translation>학습된 가중치를 포함한 .onnx 모델(onnxruntime 등의 도구용)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="59" />
            <source>&amp;PyTorch Script…</source>
            <translation>PyTorch 스크립트(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="60" />
            <source>A standalone Python script: the model, its data and its training</source>
            <translation>단독 실행형 Python 스크립트: 모델, 데이터, 학습 코드 포함</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="61" />
            <source>&amp;TorchScript…</source>
            <translation>TorchScript(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="62" />
            <source>A .pt file that torch.jit.load runs with nothing else installed</source>
            <translation>다른 것을 설치하지 않아도 torch.jit.load로 실행되는 .pt 파일</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="63" />
            <source>&amp;Keras Code…</source>
            <translation>Keras 코드(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="64" />
            <source>A Python file that builds the network with Keras 3, compiled with its loss and optimizer, and loads the trained weights</source>
            <translation>Keras 3으로 신경망을 만들어 손실 함수와 옵티마이저로 컴파일하고, 학습된 가중치를 불러오는 Python 파일</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="93" />
            <source>&amp;New</source>
            <translation>새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="93" />
            <source>Start an empty network</source>
            <translation>빈 신경망을 새로 만듭니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="94" />
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="97" />
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="97" />
            <source>Save the network</source>
            <translation>신경망을 저장합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="99" />
            <source>Save &amp;As…</source>
            <translation>다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="100" />
            <source>&amp;Revert</source>
            <translation>저장된 상태로 되돌리기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="100" />
            <source>Discard changes and reload the file</source>
            <translation>변경 사항을 버리고 파일을 다시 불러옵니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="95" />
            <source>Open a network (.nnd, .json), or a Keras or ONNX model to import</source>
            <translation>신경망(.nnd, .json)를 열거나 Keras 또는 ONNX 모델을 가져옵니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="16" />
            <source>&lt;h3&gt;1. Build&lt;/h3&gt;&lt;ol&gt;
&lt;li&gt;Drag an &lt;b&gt;Input&lt;/b&gt; layer from the Layers palette onto the canvas and set its shape in the
Inspector (the ▾ button lists common shapes).&lt;/li&gt;
&lt;li&gt;Add layers: drag them onto the canvas, or double-click one in the palette to add it after
the selected layer, already connected. Drop a layer on a connection to insert it there; connect
layers by dragging from a layer's bottom port to the next layer.&lt;/li&gt;
&lt;li&gt;Choose each layer's activation, initializer and dropout in the Inspector. Point at any
setting or choice to learn what it does, with its formula.&lt;/li&gt;
&lt;li&gt;Watch the Summary (shapes and parameter counts) and the Problems list (what to fix).&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;2. Choose the data&lt;/h3&gt;&lt;p&gt;In the Training panel, pick a dataset (XOR, spiral, digits, a CSV
file, ...): a preview shows its points or images. If the network does not fit it (inputs or
classes), the Problems list says so and &lt;i&gt;Make the network fit&lt;/i&gt; mends it in one step. Then
choose the loss, the optimizer, its learning rate (&lt;i&gt;Find a learning rate&lt;/i&gt; tries them) and the
schedule.&lt;/p&gt;
&lt;h3&gt;3. Train&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Train&lt;/b&gt; (F5) trains a copy in the background, so you can keep editing.
Pause, take single steps, or stop; Speed slows a small network down so you can watch it learn.
Change one thing and press Train again: the runs table lists every run, what it differs in and
its best result, and the plots overlay the runs in their colours.&lt;/p&gt;
&lt;h3&gt;4. Read the plots&lt;/h3&gt;&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Loss and accuracy&lt;/b&gt;: training (solid) and validation (dashed) per epoch, and the learning
rate below. Validation loss rising while training loss falls is overfitting.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Decision boundary&lt;/b&gt; (two inputs) or &lt;b&gt;Fitted curve&lt;/b&gt; (one input): the network's answer
over the whole plane, with the data on top.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Confusion matrix&lt;/b&gt;: which classes the network mixes up.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Weights&lt;/b&gt;: each layer's weight histogram against its initial one, and its spread over
time.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Gradients and activations&lt;/b&gt;: each layer's gradient size over time; lines drifting far
apart mean vanishing or exploding gradients, and dead ReLUs are counted.&lt;/li&gt;
&lt;/ul&gt;&lt;p&gt;Everything can be undone (Ctrl+Z). Save with Ctrl+S: the file keeps the trained weights
and every run. File › Open Example has ready networks, such as XOR and the Keras template of the
study notes; File › Export takes a design to ONNX, PyTorch, TorchScript or Keras.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;1. 만들기&lt;/h3&gt;&lt;ol&gt;
&lt;li&gt;층 팔레트에서 &lt;b&gt;Input&lt;/b&gt; 층을 캔버스로 끌어다 놓고 속성 창에서 형태를 정하세요
(▾ 버튼을 누르면 자주 쓰는 형태가 나옵니다).&lt;/li&gt;
&lt;li&gt;층 추가: 캔버스로 끌어다 놓거나, 팔레트에서 층을 더블클릭하면 선택한 층 뒤에 연결된 채로
추가됩니다. 연결선 위에 층을 놓으면 그 자리에 끼워 넣고, 층의 아래쪽 포트에서 다음 층으로
끌면 두 층이 연결됩니다.&lt;/li&gt;
&lt;li&gt;속성 창에서 층마다 활성화 함수, 초기화, 드롭아웃을 고르세요. 설정이나 선택지에 마우스를
올리면 그 역할을 수식과 함께 볼 수 있습니다.&lt;/li&gt;
&lt;li&gt;요약(형태와 파라미터 수)과 문제 목록(고쳐야 할 점)을 확인하세요.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;2. 데이터 고르기&lt;/h3&gt;&lt;p&gt;학습 패널에서 데이터셋(XOR, 나선, 손글씨 숫자, CSV 파일 …)을
고르면 미리 보기에 점이나 이미지가 나타납니다. 신경망이 데이터에 맞지 않으면(입력 수나 클래스 수)
문제 목록이 알려 주고, &lt;i&gt;신경망을 데이터에 맞추기&lt;/i&gt;가 한 번에 고칩니다. 이어서 손실 함수,
옵티마이저와 학습률(&lt;i&gt;학습률 찾기&lt;/i&gt;로 시험해 볼 수 있습니다), 학습률 스케줄을 고르세요.&lt;/p&gt;
&lt;h3&gt;3. 학습하기&lt;/h3&gt;&lt;p&gt;&lt;b&gt;학습&lt;/b&gt;(F5)을 누르면 신경망의 복사본이 백그라운드에서 학습하므로
계속 편집할 수 있습니다. 일시정지하거나 한 단계씩 진행하거나 중지할 수 있고, 속도를 늦추면 작은
신경망이 배우는 모습을 지켜볼 수 있습니다. 한 가지를 바꾸고 다시 학습을 누르세요. 실행 표가 모든
실행과 서로 다른 점, 최고 결과를 보여 주고, 그래프는 실행마다 다른 색으로 겹쳐 그립니다.&lt;/p&gt;
&lt;h3&gt;4. 그래프 읽기&lt;/h3&gt;&lt;ul&gt;
&lt;li&gt;&lt;b&gt;손실과 정확도&lt;/b&gt;: 에포크마다 학습(실선)과 검증(점선) 값, 그 아래에 학습률. 학습 손실은
줄어드는데 검증 손실이 오르면 과적합입니다.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;결정 경계&lt;/b&gt;(입력 2개) 또는 &lt;b&gt;맞춘 곡선&lt;/b&gt;(입력 1개): 평면 전체에 대한 신경망의 답과 그
위의 데이터.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;혼동 행렬&lt;/b&gt;: 신경망이 어떤 클래스끼리 헷갈리는지.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;가중치&lt;/b&gt;: 층마다 가중치 히스토그램을 초깃값과 비교하고, 시간에 따라 어떻게 퍼지는지.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;기울기와 활성화&lt;/b&gt;: 층마다 시간에 따른 기울기 크기. 선들이 서로 멀리 벌어지면 기울기 소실
또는 폭주이고, 죽은 ReLU도 셉니다.&lt;/li&gt;
&lt;/ul&gt;&lt;p&gt;모든 작업은 되돌릴 수 있습니다(Ctrl+Z). Ctrl+S로 저장하면 학습된 가중치와 모든 실행이
파일에 남습니다. 파일 › 예제 열기에는 XOR, 학습 노트의 Keras 템플릿 같은 완성된 신경망이 있고,
파일 › 내보내기는 설계를 ONNX, PyTorch, TorchScript, Keras로 내보냅니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="101" />
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="102" />
            <source>Open a Keras model (.keras, .h5, model JSON, Keras code) or an ONNX model, with its weights</source>
            <translation>Keras 모델(.keras, .h5, 모델 JSON, Keras 코드)이나 ONNX 모델을 가중치와 함께 엽니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="104" />
            <source>&amp;Image…</source>
            <translation>이미지(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="105" />
            <source>Save the canvas as a PNG or SVG picture</source>
            <translation>캔버스를 PNG 또는 SVG 이미지로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="109" />
            <source>&amp;Follow Run…</source>
            <translation>실행 따라가기(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="110" />
            <source>Show a run that trains elsewhere (main.py train --log LOG.jsonl) from its log, its curves growing as it writes</source>
            <translation>다른 곳에서 학습하는 실행(main.py train --log LOG.jsonl)을 로그로 보여 줍니다. 로그가 쓰이는 대로 곡선이 자랍니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="112" />
            <source>Open S&amp;weep…</source>
            <translation>스윕 열기(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="113" />
            <source>Show an Optuna sweep's trials as runs: a column per searched parameter, the metric against each parameter, and each finished trial's network</source>
            <translation>Optuna 스윕의 시행을 실행으로 보여 줍니다: 탐색한 파라미터마다 열 하나, 파라미터별 지표 그래프, 끝난 시행마다 그 신경망</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="115" />
            <source>Paste &amp;Keras Code…</source>
            <translation>Keras 코드 붙여넣기(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="116" />
            <source>Read Keras code (Sequential, model.add, functional calls, compile and fit) into a new network; the code is never run</source>
            <translation>Keras 코드(Sequential, model.add, 함수형 호출, compile, fit)를 읽어 새 신경망으로 만듭니다. 코드는 실행하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="118" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="120" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="123" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="127" />
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="127" />
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="132" />
            <source>Cu&amp;t</source>
            <translation>잘라내기(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="133" />
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="134" />
            <source>&amp;Paste</source>
            <translation>붙여넣기(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="135" />
            <source>D&amp;uplicate</source>
            <translation>복제(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="136" />
            <source>Copy the selected layers and the connections among them</source>
            <translation>선택한 층과 그 사이의 연결을 복제합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="137" />
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="138" />
            <source>Delete the selected layers and connections</source>
            <translation>선택한 층과 연결을 삭제합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="139" />
            <source>Select &amp;All</source>
            <translation>모두 선택(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="140" />
            <source>Re&amp;name Layer</source>
            <translation>층 이름 바꾸기(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="142" />
            <source>Zoom &amp;In</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="143" />
            <source>Zoom &amp;Out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="144" />
            <source>&amp;Actual Size</source>
            <translation>실제 크기(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="145" />
            <source>&amp;Fit to View</source>
            <translation>화면에 맞추기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="145" />
            <source>Show the whole network</source>
            <translation>신경망 전체를 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="146" />
            <source>Auto-layout &amp;Top-down</source>
            <translation>자동 배치: 위에서 아래로(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="147" />
            <source>Arrange the layers in ranks from top to bottom</source>
            <translation>층을 단계별로 위에서 아래로 배치합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="148" />
            <source>Auto-layout &amp;Left-right</source>
            <translation>자동 배치: 왼쪽에서 오른쪽으로(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="149" />
            <source>Arrange the layers in ranks from left to right</source>
            <translation>층을 단계별로 왼쪽에서 오른쪽으로 배치합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="150" />
            <source>&amp;Snap to Grid</source>
            <translation>격자에 맞추기(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="150" />
            <source>Align layers to the grid</source>
            <translation>층을 격자에 맞춰 정렬합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="155" />
            <source>&amp;Lessons…</source>
            <translation>실습(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="156" />
            <source>The study notes' concepts as experiments: open one, and its runs train side by side with an explanation</source>
            <translation>노트의 개념을 실험으로 배웁니다. 하나를 열면 비교할 실행들이 나란히 학습되고 설명이 함께 나옵니다</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="158" />
            <source>&amp;Getting Started</source>
            <translation>시작하기(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="159" />
            <source>Getting started</source>
            <translation>시작하기</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="160" />
            <source>&amp;About Network Designer</source>
            <translation>Network Designer 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="161" />
            <source>About Network Designer</source>
            <translation>Network Designer 정보</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="170" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="173" />
            <source>Open &amp;Recent</source>
            <translation>최근 파일 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="174" />
            <source>Open E&amp;xample</source>
            <translation>예제 열기(&amp;X)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="184" />
            <source>&amp;Export</source>
            <translation>내보내기(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="191" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="195" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="200" />
            <source>&amp;Panels</source>
            <translation>패널(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="202" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../widgets/actions.py" line="226" />
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
            <location filename="../../widgets/concepts.py" line="20" />
            <source>Stacking linear layers gives just another linear map: without a non-linear activation, ten layers are no better than one.</source>
            <translation>선형 층을 쌓아도 결국 또 하나의 선형 변환일 뿐입니다. 비선형 활성화 함수가 없으면 층 열 개도 층 하나보다 나을 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="24" />
            <source>Vanishing gradients: where |x| is large the slope is almost 0, and backpropagation multiplies these slopes layer by layer (the chain rule), so layers far from the output barely learn. Good for a yes/no output; prefer ReLU in hidden layers.</source>
            <translation>기울기 소실: |x|가 크면 기울기가 거의 0이고, 역전파는 이 기울기를 층마다 곱해 나가므로(연쇄 법칙, chain rule) 출력에서 먼 층은 거의 학습하지 못합니다. 예/아니요 출력에는 알맞지만, 은닉층에는 ReLU를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="29" />
            <source>Like sigmoid but centred on 0, which helps the next layer; it still saturates.</source>
            <translation>sigmoid와 비슷하지만 0을 중심으로 하므로 다음 층에 도움이 됩니다. 그래도 여전히 포화됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="32" />
            <source>The usual choice for hidden layers, and the remedy for vanishing gradients. Pair it with He initialization. A neuron whose inputs are always negative 'dies'.</source>
            <translation>은닉층에 흔히 쓰는 선택이자 기울기 소실의 해법입니다. He 초기화와 함께 쓰세요. 입력이 늘 음수인 뉴런은 '죽습니다'.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="36" />
            <source>The small slope alpha for negative inputs keeps neurons from dying.</source>
            <translation>음수 입력에 대한 작은 기울기 alpha가 뉴런이 죽지 않게 해 줍니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="39" />
            <source>Learns its negative slope; strong on large image sets, but may overfit small ones.</source>
            <translation>음수 구간의 기울기를 학습합니다. 대규모 이미지 데이터셋에서는 성능이 좋지만, 소규모 데이터셋에서는 과적합될 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="42" />
            <source>Negative outputs pull the mean activation toward 0 and no neuron dies; the exponential makes it a little slower than ReLU.</source>
            <translation>음수 출력이 활성화 값의 평균을 0 쪽으로 당기고, 죽는 뉴런이 없습니다. 지수 함수를 쓰므로 ReLU보다 조금 느립니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="46" />
            <source>During training each layer's outputs tend to keep mean 0 and standard deviation 1, which prevents vanishing and exploding gradients (use lecun_normal).</source>
            <translation>학습하는 동안 각 층의 출력이 평균 0, 표준편차 1을 유지하는 경향이 있어 기울기 소실과 폭주를 막아 줍니다(lecun_normal을 쓰세요).</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="50" />
            <source>The output of a multi-class classifier: one probability per class, trained with cross-entropy.</source>
            <translation>다중 분류기의 출력: 클래스마다 확률을 하나씩 내며, 크로스 엔트로피로 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="54" />
            <location filename="../../widgets/concepts.py" line="57" />
            <location filename="../../widgets/concepts.py" line="60" />
            <source>A smooth ReLU-like curve.</source>
            <translation>ReLU와 비슷한 매끄러운 곡선입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="66" />
            <location filename="../../widgets/concepts.py" line="70" />
            <location filename="../../widgets/concepts.py" line="74" />
            <source>Constant initialization: every weight starts equal, so every unit computes the same output and learns the same thing.</source>
            <translation>상수 기반 초기화: 모든 가중치가 같은 값으로 시작하므로 모든 유닛이 같은 출력을 계산하고 같은 것을 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="78" />
            <source>Linear-algebra based: the weight matrix starts orthogonal.</source>
            <translation>선형 대수 기반: 가중치 행렬이 직교 행렬로 시작합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="81" />
            <source>Linear-algebra based: the weight matrix starts as the identity.</source>
            <translation>선형 대수 기반: 가중치 행렬이 항등 행렬로 시작합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="84" />
            <location filename="../../widgets/concepts.py" line="88" />
            <source>Drawn from a fixed distribution, whatever the layer's size: in deep networks signals grow or fade, and training can stall.</source>
            <translation>층의 크기와 상관없이 고정된 분포에서 뽑습니다. 깊은 신경망에서는 신호가 커지거나 약해져 학습이 멈출 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="92" />
            <source>Drawn from a fixed distribution, whatever the layer's size.</source>
            <translation>층의 크기와 상관없이 고정된 분포에서 뽑습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="95" />
            <location filename="../../widgets/concepts.py" line="99" />
            <source>Variance scaling by fan-in and fan-out (Xavier Glorot, 2010). Pairs with sigmoid and tanh.</source>
            <translation>fan-in과 fan-out으로 분산을 조정합니다(Xavier Glorot, 2010). sigmoid, tanh와 잘 맞습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="103" />
            <location filename="../../widgets/concepts.py" line="106" />
            <source>He + ReLU is the most widely used pair today.</source>
            <translation>He + ReLU는 오늘날 가장 널리 쓰이는 조합입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="109" />
            <source>Yann LeCun's idea (LeNet): the larger the fan-in, the smaller the spread.</source>
            <translation>Yann LeCun의 아이디어(LeNet): fan-in이 클수록 분산을 작게 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="112" />
            <source>Yann LeCun's idea (LeNet): the larger the fan-in, the smaller the spread. The partner of SELU.</source>
            <translation>Yann LeCun의 아이디어(LeNet): fan-in이 클수록 분산을 작게 합니다. SELU와 짝을 이룹니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="119" />
            <source>The number of neurons. Giving every hidden layer the same size often works as well as anything; a larger first hidden layer can help.</source>
            <translation>뉴런의 수입니다. 모든 은닉층에 같은 크기를 써도 대개 충분히 잘 작동하며, 첫 번째 은닉층을 더 크게 하면 도움이 될 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="124" />
            <source>While training, a random fraction of this layer's outputs is dropped at every step. No neuron can lean on its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates are 0.1 to 0.5.</source>
            <translation>학습 중에는 매 단계마다 이 층의 출력 중 일부를 무작위로 버립니다. 어떤 뉴런도 이웃 뉴런에 기댈 수 없으므로 각자 스스로 유용해져야 합니다. 과적합의 해법입니다. 보통 비율은 0.1~0.5입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="130" />
            <source>While training, this fraction of values is dropped at every step. No neuron can lean on its neighbours, so each must be useful by itself: a remedy for overfitting. Common rates are 0.1 to 0.5.</source>
            <translation>학습 중에는 매 단계마다 값 중 이 비율만큼을 무작위로 버립니다. 어떤 뉴런도 이웃 뉴런에 기댈 수 없으므로 각자 스스로 유용해져야 합니다. 과적합의 해법입니다. 보통 비율은 0.1~0.5입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="136" />
            <source>L1 (Lasso) regularization adds the sum of the absolute weights to the loss: many small weights become exactly 0 and only a few important ones remain.</source>
            <translation>L1 정규화(Lasso)는 가중치 절댓값의 합을 손실에 더합니다. 작은 가중치가 대부분 정확히 0이 되어 중요한 가중치 몇 개만 남습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="141" />
            <source>L2 (Ridge) regularization adds the sum of the squared weights to the loss: fewer weights reach 0 than with L1, but large weights are held back.</source>
            <translation>L2 정규화(Ridge)는 가중치 제곱의 합을 손실에 더합니다. L1보다 0이 되는 가중치는 적지만, 큰 가중치를 억제합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="146" />
            <source>Max-norm regularization: after each step, a unit's incoming weights are scaled down if their length exceeds this limit.</source>
            <translation>맥스-노름 규제: 매 단계가 끝나면, 한 유닛으로 들어오는 가중치의 길이가 이 한계를 넘을 경우 그 크기를 줄입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="151" />
            <source>Where training starts. Variance-scaling initializers (LeCun, Xavier, He) set the spread from the fan-in (inputs per unit) and fan-out (outputs per unit).</source>
            <translation>학습이 시작되는 지점입니다. 분산 조정 기반 초기화(LeCun, Xavier, He)는 fan-in(유닛당 입력 수)과 fan-out(유닛당 출력 수)으로 분산을 정합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="156" />
            <source>The non-linearity that lets stacked layers learn what one layer cannot, like XOR.</source>
            <translation>층을 쌓아 XOR처럼 층 하나로는 배울 수 없는 것을 배우게 해 주는 비선형성입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="160" />
            <source>Keeps the division by the standard deviation away from zero.</source>
            <translation>표준편차로 나눌 때 분모가 0에 가까워지지 않게 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="164" />
            <source>How much of the old moving averages is kept at each batch.</source>
            <translation>배치마다 기존 이동 평균을 얼마나 유지할지 정합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="168" />
            <source>A frozen layer keeps its weights, as when reusing a pretrained layer.</source>
            <translation>고정된(frozen) 층은 가중치가 바뀌지 않습니다. 사전 훈련된 층을 재사용할 때처럼 씁니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="175" />
            <source>A layer of perceptrons: each unit takes a weighted sum of all inputs plus a bias, then the activation. One Dense layer is a linear classifier (AND, OR); XOR needs a hidden layer.</source>
            <translation>퍼셉트론으로 이뤄진 층: 각 유닛은 모든 입력의 가중합에 편향을 더한 뒤 활성화 함수를 적용합니다. Dense 층 하나는 선형 분류기(AND, OR)이며, XOR에는 은닉층이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="180" />
            <source>Normalizes the inputs of hidden layers, not only the data, so the network depends less on the initial weights.</source>
            <translation>데이터뿐 아니라 은닉층의 입력도 정규화하여, 신경망이 가중치 초기값에 덜 의존하게 합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="184" />
            <source>A remedy for overfitting: the model cannot rely on a few neurons.</source>
            <translation>과적합을 막는 방법: 모델이 몇몇 뉴런에만 의존할 수 없게 됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="187" />
            <source>One sample's shape, without the batch: [2] for XOR, [28, 28] for a Fashion-MNIST image.</source>
            <translation>배치를 뺀 샘플 하나의 모양: XOR은 [2], Fashion-MNIST 이미지는 [28, 28].</translation>
        </message>
        <message>
            <location filename="../../widgets/concepts.py" line="218" />
            <source>Allowed: {0}.</source>
            <translation>허용 값: {0}.</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="63" />
            <source>An Input layer cannot sit inside a connection; drop it on an empty spot</source>
            <translation>Input 층은 연결 중간에 넣을 수 없습니다. 빈 곳에 놓으세요</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="102" />
            <location filename="../../widgets/scene.py" line="201" />
            <source>Cannot connect: {0}</source>
            <translation>연결할 수 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="105" />
            <source>Connected {0} → {1}</source>
            <translation>{0} → {1} 연결했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="120" />
            <source>Delete selection</source>
            <translation>선택 항목 삭제</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="143" />
            <source>Copied {0} layer(s)</source>
            <translation>층 {0}개를 복사했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="158" />
            <source>The clipboard holds no layers</source>
            <translation>클립보드에 층이 없습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="169" />
            <source>the clipboard</source>
            <translation>클립보드</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="171" />
            <source>Cannot paste: {0}</source>
            <translation>붙여넣을 수 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="185" />
            <source>Set {0} of {1} layers</source>
            <translation>층 {1}개의 {0} 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="195" />
            <source>a layer named '{0}' already exists</source>
            <translation>이름이 '{0}'인 층이 이미 있습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="201" />
            <location filename="../../widgets/inspector.py" line="238" />
            <source>Cannot rename: {0}</source>
            <translation>이름을 바꿀 수 없음: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/controller.py" line="210" />
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
            <location filename="../../widgets/training/plotting.py" line="124" />
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
            <location filename="../../widgets/param_editor.py" line="118" />
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
            <location filename="../../widgets/file_actions.py" line="103" />
            <source>Example “{0}” opened</source>
            <translation>예제 “{0}”을(를) 열었습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="127" />
            <source>Cannot import the file</source>
            <translation>파일을 가져올 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="144" />
            <location filename="../../widgets/file_actions.py" line="149" />
            <source>the pasted code</source>
            <translation>붙여넣은 코드</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="146" />
            <source>Cannot read the Keras code</source>
            <translation>Keras 코드를 읽을 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="156" />
            <source>Imported {0} ({1}): {2} layers, {3:,} parameters</source>
            <translation>가져왔습니다: {0} ({1}): 층 {2}개, 파라미터 {3:,}개</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="159" />
            <source>, with its trained weights</source>
            <translation>, 학습된 가중치 포함</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="161" />
            <source>; left out: {0}</source>
            <translation>; 제외됨: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="185" />
            <source>Cannot save</source>
            <translation>저장할 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="186" />
            <source>{0} could not be written: {1}</source>
            <translation>{0} 파일을 쓸 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="191" />
            <source>Saved {0}</source>
            <translation>저장했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="200" />
            <source>Revert</source>
            <translation>되돌리기</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="201" />
            <source>Discard your changes and reload “{0}”?</source>
            <translation>변경 사항을 버리고 “{0}”을(를) 다시 불러올까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="214" />
            <location filename="../../widgets/model_export.py" line="55" />
            <source>Cannot export</source>
            <translation>내보낼 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/file_actions.py" line="216" />
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
            <location filename="../../widgets/inspector.py" line="94" />
            <source>Select a layer on the canvas to see and change its settings. Drag from a layer's bottom port to another layer to connect them; drop a layer from the palette onto a connection to insert it there.</source>
            <translation>캔버스에서 층을 선택하면 설정을 보고 바꿀 수 있습니다. 층의 아래쪽 포트에서 다른 층으로 드래그하면 연결되고, 팔레트의 층을 연결선 위에 놓으면 그 자리에 삽입됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="114" />
            <source>The layer's id: letters, digits, '_' or '-'. Weights and summaries use it.</source>
            <translation>층의 ID: 문자, 숫자, '_' 또는 '-'. 가중치와 요약에 쓰입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="123" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="125" />
            <source>Output</source>
            <translation>출력</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="127" />
            <source>Parameters</source>
            <translation>파라미터</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="140" />
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="179" />
            <source>{0} layers</source>
            <translation>층 {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="181" />
            <source>{0} × {1}</source>
            <translation>{0} × {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="210" />
            <source> ({0:,} not trained)</source>
            <translation> ({0:,}개는 학습 안 함)</translation>
        </message>
        <message>
            <location filename="../../widgets/inspector.py" line="219" />
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
            <location filename="../../widgets/main_window.py" line="87" />
            <location filename="../../widgets/main_window.py" line="177" />
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="68" />
            <source>Ready</source>
            <translation>준비</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="83" />
            <source>&lt;opened&gt;</source>
            <translation>&lt;열었을 때&gt;</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="84" />
            <source>Layers</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="85" />
            <source>Inspector</source>
            <translation>속성</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="86" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="90" />
            <source>History</source>
            <translation>작업 내역</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="42" />
            <source>Loss and accuracy</source>
            <translation>손실과 정확도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="44" />
            <source>Confusion matrix</source>
            <translation>혼동 행렬</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="45" />
            <source>Weights</source>
            <translation>가중치</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="46" />
            <source>Gradients and activations</source>
            <translation>기울기와 활성화</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="91" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="101" />
            <source>&amp;Training</source>
            <translation>학습(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="121" />
            <source>&amp;Train</source>
            <translation>학습 시작(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="122" />
            <source>Train the network with its training settings</source>
            <translation>학습 설정대로 신경망을 학습합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="124" />
            <source>&amp;Pause / Resume</source>
            <translation>일시 정지/재개(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="126" />
            <source>Pause or resume the selected run</source>
            <translation>선택한 실행을 일시 정지하거나 재개합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="127" />
            <source>&amp;Step One Batch</source>
            <translation>배치 하나만 실행(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="129" />
            <source>St&amp;op</source>
            <translation>중지(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="130" />
            <source>Stop the selected run</source>
            <translation>선택한 실행을 중지합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="132" />
            <source>Find a &amp;Learning Rate</source>
            <translation>학습률 찾기(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="133" />
            <source>The learning-rate range test</source>
            <translation>학습률 범위 테스트</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="134" />
            <source>Stop &amp;All Runs</source>
            <translation>모든 실행 중지(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="136" />
            <source>Show &amp;Gradients on the Canvas</source>
            <translation>캔버스에 기울기 표시(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="137" />
            <source>Tag each layer on the canvas with its gradient norm and weight spread for the selected run; vanishing gradients fade out</source>
            <translation>선택한 실행에서 캔버스의 각 층에 기울기 노름과 가중치 분포 폭을 표시합니다. 기울기가 소실된 층은 흐리게 표시됩니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="140" />
            <source>Show Hidden &amp;Units on the Canvas</source>
            <translation>캔버스에 은닉 유닛 보기(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="142" />
            <source>For two inputs: beside each hidden layer, what each unit outputs over the input plane (orange below 0, blue above)</source>
            <translation>입력이 2개일 때: 은닉층마다 그 옆에 각 유닛이 입력 평면 전체에서 내는 출력을 보여 줍니다(0보다 작으면 주황, 크면 파랑)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="212" />
            <source>Add layers to the network first: there is nothing to train.</source>
            <translation>먼저 신경망에 층을 추가하세요. 학습할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="214" />
            <location filename="../../widgets/training/controller.py" line="220" />
            <source>Fix the problems first: {0}</source>
            <translation>먼저 문제를 해결하세요: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="217" />
            <source>Choose a dataset in the Training panel first.</source>
            <translation>먼저 학습 패널에서 데이터셋을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="193" />
            <source>{0} started: it trains a copy of the network, so you can keep editing.</source>
            <translation>{0} 시작: 신경망의 사본을 학습하므로 계속 편집할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="287" />
            <source>{0} diverged: {1}</source>
            <translation>{0} 발산: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="290" />
            <source>{0} {1}: its weights are now in the network (save to keep them)</source>
            <translation>{0} {1}: 가중치가 신경망에 반영되었습니다(유지하려면 저장하세요)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="293" />
            <source>{0} {1}. The network changed while it trained, so its weights were not put into it; use Restore weights after undoing the changes.</source>
            <translation>{0} {1}. 학습 중에 신경망이 바뀌어 가중치를 반영하지 않았습니다. 변경 사항을 실행 취소한 뒤 가중치 복원을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="301" />
            <source>Training failed</source>
            <translation>학습 실패</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="302" />
            <source>{0} could not train: {1}</source>
            <translation>{0}을(를) 학습할 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="308" />
            <source>Delete run</source>
            <translation>실행 삭제</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="309" />
            <source>Delete “{0}” and its curves? The file keeps it until you save.</source>
            <translation>“{0}”과(와) 그 곡선을 삭제할까요? 저장하기 전까지는 파일에 남아 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="325" />
            <location filename="../../widgets/training/runs_table.py" line="157" />
            <source>Restore weights</source>
            <translation>가중치 복원</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="326" />
            <source>The network has changed since {0} started, so its weights no longer fit it. Undo the changes (Ctrl+Z) to get back to the network it trained, then restore.</source>
            <translation>{0}이(가) 시작된 뒤 신경망이 바뀌어 가중치가 더 이상 맞지 않습니다. 변경 사항을 실행 취소(Ctrl+Z)하여 학습했던 신경망으로 되돌린 다음 복원하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="331" />
            <source>The weights of {0} are now in the network.</source>
            <translation>{0}의 가중치가 신경망에 반영되었습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="346" />
            <source>Stop training</source>
            <translation>학습 중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controller.py" line="347" />
            <source>{0} still training ({1}). Stop and keep what it has learned so far?</source>
            <translation>{0}개가 아직 학습 중입니다({1}). 중지하고 지금까지 학습한 내용을 유지할까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="177" />
            <source>Problems ({0})</source>
            <translation>문제 ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="184" />
            <source>{0} (not saved yet)</source>
            <translation>{0} (아직 저장 안 됨)</translation>
        </message>
        <message>
            <location filename="../../widgets/main_window.py" line="185" />
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
            <location filename="../../widgets/training/boundary.py" line="121" />
            <source>Validation points</source>
            <translation>검증 데이터 점</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="42" />
            <source>Hollow circles: data held out for validation, never trained on</source>
            <translation>속이 빈 원: 검증용으로 떼어 둔 데이터로, 학습에 쓰이지 않습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="90" />
            <source>This saved run has no picture of its boundary (it diverged, or an older version saved it): train again to see it.</source>
            <translation>이 저장된 실행에는 경계 그림이 없습니다(발산했거나 이전 버전에서 저장됨). 보려면 다시 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="93" />
            <source>The decision boundary is drawn for datasets with one or two inputs; this one has more.</source>
            <translation>결정 경계는 입력이 하나나 둘인 데이터셋에만 그려집니다. 이 데이터셋은 입력이 더 많습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="96" />
            <source>Waiting for the first picture of the network…</source>
            <translation>신경망의 첫 그림을 기다리는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="113" />
            <source>Fitted curve</source>
            <translation>적합 곡선</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="113" />
            <location filename="../../widgets/training/controller.py" line="43" />
            <source>Decision boundary</source>
            <translation>결정 경계</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="152" />
            <source>Line: the network's output; dots: the data.</source>
            <translation>선: 신경망의 출력, 점: 데이터.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="161" />
            <source>Colour: the class the network picks at each point.</source>
            <translation>색: 각 점에서 신경망이 고른 클래스.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="164" />
            <source>Colour: the network's probability of class 1 (blue) against class 0 (orange); white is 50/50, the decision boundary.</source>
            <translation>색: 클래스 0(주황) 대비 클래스 1(파랑)에 대한 신경망의 확률. 흰색은 50/50, 즉 결정 경계입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/boundary.py" line="169" />
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
            <location filename="../../widgets/training/runs_model.py" line="72" />
            <source>training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/confusion.py" line="16" />
            <location filename="../../widgets/training/runs_model.py" line="72" />
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
            <location filename="../../widgets/training/controls.py" line="28" />
            <source>{0} s</source>
            <translation>{0}초</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="31" />
            <source>{0} min {1:02d} s</source>
            <translation>{0}분 {1:02d}초</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="33" />
            <source>{0} h {1:02d} min</source>
            <translation>{0}시간 {1:02d}분</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="63" />
            <source>▶  Train</source>
            <translation>▶  학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="65" />
            <source>Train the network as it is now, with these settings (F5). Press it again after a change to compare two runs.</source>
            <translation>지금의 신경망을 이 설정으로 학습합니다(F5). 변경한 뒤 다시 누르면 두 실행을 비교할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="68" />
            <location filename="../../widgets/training/controls.py" line="158" />
            <source>Pause</source>
            <translation>일시정지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="69" />
            <source>Pause the selected run; the optimizer keeps its state, so Resume goes on exactly where it stopped</source>
            <translation>선택한 실행을 일시정지합니다. 옵티마이저가 상태를 유지하므로 재개하면 멈춘 지점에서 그대로 이어집니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="73" />
            <source>Step</source>
            <translation>한 단계</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="74" />
            <source>Train one batch, then pause again (the menu has one epoch)</source>
            <translation>배치 하나를 학습한 뒤 다시 일시정지합니다(메뉴에서 한 에포크도 고를 수 있습니다)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="77" />
            <source>One batch</source>
            <translation>배치 하나</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="78" />
            <source>Rest of this epoch</source>
            <translation>이 에포크의 나머지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="81" />
            <location filename="../../widgets/training/runs_table.py" line="155" />
            <location filename="../../widgets/training/runs_table.py" line="244" />
            <location filename="../../widgets/training/runs_table.py" line="263" />
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="82" />
            <source>Stop the selected run; what it learned so far is kept</source>
            <translation>선택한 실행을 중지합니다. 지금까지 학습한 내용은 유지됩니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="157" />
            <source>Resume</source>
            <translation>재개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="165" />
            <source>Press Train to start. Each run trains a copy of the network in the background, so you can keep editing.</source>
            <translation>학습을 누르면 시작합니다. 각 실행은 신경망의 복사본을 백그라운드에서 학습하므로 계속 편집할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="171" />
            <source>{0}: epoch {1} of {2}</source>
            <translation>{0}: 에포크 {1}/{2}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="174" />
            <source> · about {0} left</source>
            <translation> · 약 {0} 남음</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="51" />
            <source>epoch {0} / {1}</source>
            <translation>에포크 {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="55" />
            <location filename="../../widgets/training/controls.py" line="184" />
            <source>loss {0:.4g}</source>
            <translation>손실 {0:.4g}</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="58" />
            <source>accuracy {0:.0%}</source>
            <translation>정확도 {0:.0%}</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="75" />
            <source>Runs</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="79" />
            <source>One step, number by number</source>
            <translation>한 스텝, 숫자 하나하나</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="86" />
            <location filename="../../widgets/lesson_panel.py" line="120" />
            <source>What the runs showed</source>
            <translation>실행 결과가 보여 준 것</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="89" />
            <source>The conclusion appears here when every run has ended.</source>
            <translation>모든 실행이 끝나면 여기에 결론이 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="91" />
            <source>Train &amp;Again</source>
            <translation>다시 학습(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="92" />
            <source>Open the lesson's network again and train its runs anew</source>
            <translation>실습의 신경망을 다시 열고 실행들을 처음부터 다시 학습합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="94" />
            <source>All &amp;Lessons…</source>
            <translation>모든 실습(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="132" />
            <source>What the step showed</source>
            <translation>이 스텝이 보여 준 것</translation>
        </message>
        <message>
            <location filename="../../widgets/lesson_panel.py" line="136" />
            <location filename="../../widgets/lessons.py" line="161" />
            <source>Lesson {0}: {1}</source>
            <translation>실습 {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="185" />
            <source>validation loss {0:.4g}</source>
            <translation>검증 손실 {0:.4g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="186" />
            <source>accuracy {0:.1%}</source>
            <translation>정확도 {0:.1%}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="187" />
            <source>validation accuracy {0:.1%}</source>
            <translation>검증 정확도 {0:.1%}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="188" />
            <source>R² {0:.3f}</source>
            <translation>R² {0:.3f}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="198" />
            <source>This run failed: {0}</source>
            <translation>이 실행이 실패했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="199" />
            <source>This run failed</source>
            <translation>이 실행이 실패했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="201" />
            <source>Diverged: {0}</source>
            <translation>발산했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="230" />
            <source>Finished {0} epochs in {1}.</source>
            <translation>{0} 에포크를 {1} 만에 마쳤습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/controls.py" line="233" />
            <source>Test accuracy {0:.1%}.</source>
            <translation>테스트 정확도 {0:.1%}.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="23" />
            <location filename="../../widgets/training/curves.py" line="145" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="23" />
            <source>MAE</source>
            <translation>MAE</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="24" />
            <source>R²</source>
            <translation>R²</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="100" />
            <location filename="../../widgets/training/curves.py" line="222" />
            <source>Press Train: the loss and accuracy of every run are drawn here, epoch by epoch (solid: training data, dashed: validation data).</source>
            <translation>학습을 누르세요. 모든 실행의 손실과 정확도가 에포크마다 여기에 그려집니다(실선: 학습 데이터, 점선: 검증 데이터).</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="103" />
            <source>The second plot: accuracy for classes, mean absolute error or R² for regression</source>
            <translation>두 번째 그래프: 분류는 정확도, 회귀는 평균 절대 오차(MAE) 또는 R²</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="108" />
            <source>Log scale</source>
            <translation>로그 스케일</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="109" />
            <source>Show the loss on a logarithmic axis: late, small improvements become visible</source>
            <translation>손실을 로그 축으로 표시합니다. 후반의 작은 개선도 눈에 보입니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="112" />
            <source>Per batch</source>
            <translation>배치별</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="113" />
            <source>Also draw the running loss within each epoch (faint line)</source>
            <translation>각 에포크 안에서 진행 중인 손실도 함께 그립니다(흐린 선)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="115" />
            <source>— training   - - validation</source>
            <translation>— 학습   - - 검증</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="144" />
            <location filename="../../widgets/training/lr_finder.py" line="133" />
            <location filename="../../widgets/training/training_form.py" line="82" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="146" />
            <location filename="../../widgets/training/dynamics.py" line="95" />
            <location filename="../../widgets/training/dynamics.py" line="98" />
            <location filename="../../widgets/training/weights.py" line="94" />
            <source>epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="146" />
            <source>rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curves.py" line="365" />
            <source>Overfitting in {0}: validation loss has risen since epoch {1} (best {2:.3g}) while training loss kept falling ({3:.3g} → {4:.3g}). Try dropout, L2 regularization or early stopping, more data, or a smaller network.</source>
            <translation>과적합({0}): 검증 손실은 에포크 {1} 이후 계속 오르고 있지만(최저 {2:.3g}), 학습 손실은 계속 내려갔습니다({3:.3g} → {4:.3g}). 드롭아웃, L2 규제, 조기 종료를 쓰거나 데이터를 늘리거나 더 작은 신경망을 써 보세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="98" />
            <source>{0} samples · {1} features</source>
            <translation>샘플 {0}개 · 특성 {1}개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="102" />
            <source> · {0} classes ({1})</source>
            <translation> · 클래스 {0}개({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="104" />
            <source> · regression</source>
            <translation> · 회귀</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="106" />
            <source> · {0} test samples</source>
            <translation> · 테스트 샘플 {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/data_preview.py" line="294" />
            <location filename="../../widgets/training/dataset_chooser.py" line="147" />
            <source>target</source>
            <translation>타깃</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="44" />
            <source>Vanishing gradients: {0} get(s) gradients over 1000× smaller than {1}, so they barely learn. Saturating activations (sigmoid, tanh) in deep stacks do this; try ReLU with He initialization, or BatchNorm.</source>
            <translation>기울기 소실: {0}의 기울기가 {1}보다 1000배 넘게 작아서 거의 학습되지 않습니다. 깊게 쌓은 층에서 포화되는 활성화 함수(sigmoid, tanh)가 이런 현상을 일으킵니다. He 초기화와 함께 ReLU를 쓰거나 BatchNorm을 사용해 보세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="50" />
            <source>Exploding gradients in {0} (norm above {1:g}): lower the learning rate or set gradient clipping (clip norm).</source>
            <translation>{0}에서 기울기 폭주(노름이 {1:g} 초과): 학습률을 낮추거나 그레이디언트 클리핑(clip norm)을 설정하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="56" />
            <source>{0:.0%} of the ReLUs in {1} are dead: they output 0 for every sample, so they no longer learn. A smaller learning rate, leaky_relu or He initialization helps.</source>
            <translation>{1}의 ReLU 중 {0:.0%}가 죽었습니다. 모든 샘플에 대해 0을 출력하므로 더 이상 학습되지 않습니다. 학습률을 낮추거나 leaky_relu 또는 He 초기화를 쓰면 도움이 됩니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="68" />
            <location filename="../../widgets/training/dynamics.py" line="124" />
            <source>While a run trains: each layer's gradient size and activation size over time. Lines that drift far apart mean vanishing or exploding gradients.</source>
            <translation>실행이 학습하는 동안 각 층의 기울기 크기와 활성화 크기를 시간에 따라 보여 줍니다. 선들이 서로 크게 벌어지면 기울기 소실이나 폭주가 일어난 것입니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="92" />
            <source>gradient norm</source>
            <translation>기울기 노름</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="96" />
            <source>mean |activation|</source>
            <translation>평균 |활성화|</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="99" />
            <source>dead ReLUs</source>
            <translation>죽은 ReLU</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dynamics.py" line="122" />
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
            <location filename="../../widgets/training/plotting.py" line="125" />
            <source>Save this plot as a PNG picture or its numbers as CSV</source>
            <translation>이 그래프를 PNG 이미지로, 또는 그 수치를 CSV로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/plotting.py" line="129" />
            <source>Save image (PNG)…</source>
            <translation>이미지 저장(PNG)…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/plotting.py" line="130" />
            <source>Save data (CSV)…</source>
            <translation>데이터 저장(CSV)…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/plotting.py" line="252" />
            <source>{0} trains elsewhere: its log holds its curves, not its pictures. Open its trained network and train it here to see them.</source>
            <translation>{0}은(는) 다른 곳에서 학습합니다. 로그에는 곡선만 있고 그림은 없습니다. 학습된 신경망을 열어 여기서 학습하면 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="21" />
            <source>starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="21" />
            <source>running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="22" />
            <source>paused</source>
            <translation>일시정지됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="22" />
            <source>finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="23" />
            <source>early stopped</source>
            <translation>조기 종료됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="23" />
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="24" />
            <source>diverged</source>
            <translation>발산함</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="24" />
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="25" />
            <source>waiting</source>
            <translation>대기 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="25" />
            <source>pruned</source>
            <translation>가지치기됨</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="70" />
            <source>The sweep's metric, {0}</source>
            <translation>스윕의 지표, {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="76" />
            <source>val</source>
            <translation>검증</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="76" />
            <source>train</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="77" />
            <source>Best {0} {1}: {2:.4g} at epoch {3}</source>
            <translation>최고 {0} {1}: {2:.4g}(에포크 {3})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="26" />
            <location filename="../../widgets/training/training_form.py" line="102" />
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="26" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="27" />
            <source>Epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="27" />
            <source>Best</source>
            <translation>최고</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="28" />
            <source>Differs in</source>
            <translation>차이점</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="245" />
            <source>Searched by the sweep</source>
            <translation>스윕이 탐색한 값</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="246" />
            <source>A setting that differs between the runs</source>
            <translation>실행마다 다른 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="305" />
            <source>Double-click to open this trial's network in the editor</source>
            <translation>두 번 클릭하면 이 시행의 신경망을 편집기에서 엽니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_model.py" line="306" />
            <source>Untick to hide this run from the plots; double-click to rename</source>
            <translation>체크를 해제하면 그래프에서 이 실행을 숨깁니다. 이름을 바꾸려면 더블클릭하세요</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="47" />
            <source>Colour the runs' curves by a setting (a scale for numbers, a colour per choice) or by their result</source>
            <translation>실행들의 곡선을 설정(숫자는 색 눈금, 선택지는 선택지마다 한 색)이나 결과에 따라 칠합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="55" />
            <source>Colour by</source>
            <translation>색 기준</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="71" />
            <source>run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="72" />
            <source>result</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="107" />
            <source>{0:.3g} → {1:.3g}</source>
            <translation>{0:.3g} → {1:.3g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="108" />
            <source> (log)</source>
            <translation> (로그)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="156" />
            <location filename="../../widgets/training/runs_table.py" line="270" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="158" />
            <source>Put this run's trained weights into the network in the editor</source>
            <translation>이 실행에서 학습된 가중치를 편집기의 신경망에 넣습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="243" />
            <location filename="../../widgets/training/runs_table.py" line="263" />
            <source>Stop following</source>
            <translation>따라가기 중지</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="257" />
            <source>Open this trial's network</source>
            <translation>이 시행의 신경망 열기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="261" />
            <source>Rename</source>
            <translation>이름 바꾸기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/runs_table.py" line="266" />
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
            <location filename="../../widgets/training/dataset_chooser.py" line="71" />
            <source>From a CSV or NPZ file…</source>
            <translation>CSV 또는 NPZ 파일에서…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="73" />
            <source>dataset</source>
            <translation>데이터셋</translation>
        </message>
        <message>
            <location filename="../../widgets/problems.py" line="73" />
            <location filename="../../widgets/problems.py" line="102" />
            <location filename="../../widgets/training/dataset_chooser.py" line="83" />
            <source>Make the network fit</source>
            <translation>신경망을 데이터에 맞추기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="84" />
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
            <source>shared by the runs</source>
            <translation>모든 실행이 함께 씀</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="106" />
            <source>Set the seed</source>
            <translation>시드 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="107" />
            <location filename="../../widgets/training/training_form.py" line="164" />
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
            <location filename="../../widgets/training/training_form.py" line="128" />
            <source>start from the network's weights</source>
            <translation>신경망의 가중치에서 시작</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="129" />
            <source>Continue training the weights the network has now (from an earlier run or a file). Unticked, every run starts from freshly initialized weights, so runs compare fairly.</source>
            <translation>신경망이 지금 가진 가중치(이전 실행이나 파일에서 온 것)를 이어서 학습합니다. 체크하지 않으면 모든 실행이 새로 초기화된 가중치에서 시작하므로 실행을 공정하게 비교할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="132" />
            <source>continue</source>
            <translation>이어서 학습</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="136" />
            <source>Where to compute. auto: the GPU for larger networks when there is one, else the CPU (small networks are faster on the CPU)</source>
            <translation>계산할 장치입니다. auto: GPU가 있으면 큰 신경망은 GPU, 그 밖에는 CPU(작은 신경망은 CPU에서 더 빠릅니다)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="143" />
            <source>device</source>
            <translation>장치</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="147" />
            <source>Small networks learn in a blink; slowed down, you can watch the boundary and the histograms change. Large networks are never slowed.</source>
            <translation>작은 신경망은 눈 깜짝할 새에 학습합니다. 속도를 늦추면 결정 경계와 히스토그램이 바뀌는 모습을 볼 수 있습니다. 큰 신경망은 늦추지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="154" />
            <source>speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="155" />
            <source>a new seed for each run</source>
            <translation>실행마다 새 시드</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="156" />
            <source>Unticked, runs without a seed of their own share one, drawn when the network was opened, so a comparison changes only what you changed: the same initial weights, shuffling and dropout. Ticked, each run draws its own, to see how much the outcome varies by chance.</source>
            <translation>체크하지 않으면 자체 시드가 없는 실행들은 신경망을 열 때 한 번 뽑은 시드를 함께 씁니다. 그래서 비교할 때 바꾼 것만 달라지고 초기 가중치, 섞는 순서, 드롭아웃은 같습니다. 체크하면 실행마다 시드를 새로 뽑아, 결과가 우연에 따라 얼마나 달라지는지 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="193" />
            <source>The file's training settings were not understood ({0}); showing the defaults.</source>
            <translation>파일의 학습 설정을 이해할 수 없어({0}) 기본값을 보여 줍니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="139" />
            <source>the last column</source>
            <translation>마지막 열</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="140" />
            <source>The column to predict; the other columns are the inputs (numbers standardized, text one-hot encoded)</source>
            <translation>예측할 열입니다. 나머지 열이 입력이 됩니다(숫자는 표준화, 텍스트는 원-핫 인코딩)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="144" />
            <source>leave out rows that do not parse</source>
            <translation>해석할 수 없는 행은 제외</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="158" />
            <source>Choose a dataset to train on.</source>
            <translation>학습할 데이터셋을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="160" />
            <location filename="../../widgets/training/dataset_chooser.py" line="195" />
            <source>Loading the data…</source>
            <translation>데이터를 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="229" />
            <source>{0}: {1:.2g} → {2:.2g} over {3} epochs</source>
            <translation>{0}: {3} 에포크에 걸쳐 {1:.2g} → {2:.2g}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="232" />
            <source>reduce_on_plateau: {0:.2g}, lowered when the loss stalls</source>
            <translation>reduce_on_plateau: {0:.2g}, 손실이 정체되면 낮춤</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="224" />
            <source>Settings suited to {0}: {1} (Ctrl+Z undoes it).</source>
            <translation>{0}에 맞는 설정: {1} (Ctrl+Z로 되돌릴 수 있습니다).</translation>
        </message>
        <message>
            <location filename="../../widgets/training/dataset_chooser.py" line="231" />
            <source>The data cannot be loaded: {0}</source>
            <translation>데이터를 불러올 수 없습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="251" />
            <source>Set the optimizer</source>
            <translation>옵티마이저 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="257" />
            <source>Use the suggested learning rate</source>
            <translation>제안된 학습률 사용</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="258" />
            <source>Learning rate set to {0:g}</source>
            <translation>학습률을 {0:g}(으)로 설정했습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/training_form.py" line="262" />
            <location filename="../../widgets/training/training_form.py" line="267" />
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
            <location filename="../../widgets/training/weights.py" line="127" />
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
            <location filename="../../widgets/training/weights.py" line="125" />
            <source>This saved run has no histograms (it diverged, or an older version saved it): train again to see them.</source>
            <translation>이 저장된 실행에는 히스토그램이 없습니다(발산했거나 이전 버전에서 저장됨). 보려면 다시 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/weights.py" line="214" />
            <source>mean {0:.2g} · std {1:.2g} · range {2:.2g} to {3:.2g}</source>
            <translation>평균 {0:.2g} · 표준편차 {1:.2g} · 범위 {2:.2g}~{3:.2g}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="22" />
            <source>PyTorch script</source>
            <translation>PyTorch 스크립트</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="22" />
            <source>Keras code</source>
            <translation>Keras 코드</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="23" />
            <source>ONNX model (*.onnx)</source>
            <translation>ONNX 모델 (*.onnx)</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="24" />
            <source>Python script (*.py)</source>
            <translation>Python 스크립트 (*.py)</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="25" />
            <source>TorchScript (*.pt *.torchscript)</source>
            <translation>TorchScript (*.pt *.torchscript)</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="43" />
            <source>Export the network as {0}</source>
            <translation>신경망을 {0} 형식으로 내보내기</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="56" />
            <source>The network cannot be exported as {0}: {1}</source>
            <translation>신경망을 {0} 형식으로 내보낼 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="64" />
            <source>Exported {0} to {1}</source>
            <translation>{0} 내보내기 완료: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="66" />
            <source>, its trained weights to {0}</source>
            <translation>, 학습된 가중치: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/model_export.py" line="68" />
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
            <location filename="../../widgets/language.py" line="65" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="69" />
            <source>System</source>
            <translation>시스템 설정</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="83" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../widgets/language.py" line="84" />
            <source>The new language is used from the next start. Restart Network Designer now?</source>
            <translation>새 언어는 다음에 시작할 때부터 쓰입니다. 지금 Network Designer를 다시 시작할까요?</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="56" />
            <source>Lessons</source>
            <translation>실습</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="58" />
            <source>Each lesson opens a network and trains the runs it compares side by side. The Lesson panel says what to watch and, once the runs have ended, what their numbers showed.</source>
            <translation>실습마다 신경망을 열고 비교할 실행들을 나란히 학습합니다. 실습 패널은 무엇을 지켜봐야 하는지 알려 주고, 실행이 끝나면 그 숫자들이 무엇을 보여 주었는지 설명합니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="73" />
            <source>&amp;Start</source>
            <translation>시작(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="132" />
            <source>Cannot read the lessons</source>
            <translation>실습을 읽을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="155" />
            <source>Cannot open the lesson</source>
            <translation>실습을 열 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="192" />
            <source>{0} runs started side by side.</source>
            <translation>실행 {0}개를 나란히 시작했습니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/lessons.py" line="208" />
            <source>Lesson</source>
            <translation>실습</translation>
        </message>
        <message>
            <location filename="../../widgets/export.py" line="64" />
            <source>{0} could not be written</source>
            <translation>{0} 파일을 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="16" />
            <source>an unexpected error happened ({0})</source>
            <translation>예기치 않은 오류가 발생했습니다({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="27" />
            <source>Follow a training log</source>
            <translation>학습 로그 따라가기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="28" />
            <source>Training logs (*.jsonl *.log *.json);;All files (*)</source>
            <translation>학습 로그 (*.jsonl *.log *.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="35" />
            <source>{0}, line {1}: not a training record ({2}); skipped</source>
            <translation>{0}, {1}행: 학습 기록이 아니므로({2}) 건너뜁니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="38" />
            <source>{0}, line {1}: too long to be a training record; skipped</source>
            <translation>{0}, {1}행: 학습 기록이라기엔 너무 길어 건너뜁니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="41" />
            <source>{0}, line {1}: {2} of the wrong type; left at the default</source>
            <translation>{0}, {1}번째 줄: {2}의 형식이 맞지 않아 기본값으로 두었습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="43" />
            <source>{0} cannot be read: {1}</source>
            <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="69" />
            <source>followed: {0}</source>
            <translation>따라가는 중: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="91" />
            <source>The run in {0} ended: {1}</source>
            <translation>{0}의 실행이 끝났습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="101" />
            <source> (and {0} more)</source>
            <translation> (외 {0}개)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="105" />
            <source>Waiting for {0} to appear</source>
            <translation>{0}이(가) 생기기를 기다리는 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="108" />
            <source>{0} appeared: following it</source>
            <translation>{0}이(가) 생겼습니다: 따라가는 중</translation>
        </message>
        <message>
            <location filename="../../widgets/training/follow.py" line="180" />
            <source>Following {0}: its curves grow as the run writes it.</source>
            <translation>{0}을(를) 따라가는 중: 실행이 로그를 쓰는 대로 곡선이 자랍니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="21" />
            <source>complete</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="21" />
            <source>minimize</source>
            <translation>최소화</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="22" />
            <source>maximize</source>
            <translation>최대화</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="34" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="35" />
            <source>Read the sweep again now (it is read every few seconds while it is open)</source>
            <translation>지금 스윕을 다시 읽습니다(열려 있는 동안에는 몇 초마다 읽습니다)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="38" />
            <source>Close Sweep</source>
            <translation>스윕 닫기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="39" />
            <source>Take the sweep's trials out of the runs table</source>
            <translation>스윕의 시행을 실행 표에서 뺍니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="56" />
            <source>Reading the sweep…</source>
            <translation>스윕을 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="60" />
            <source>not read again: {0}</source>
            <translation>다시 읽지 못함: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="109" />
            <source>Open a sweep (File › Open Sweep…), or train runs that differ in a setting: each searched parameter gets a plot of the result against its values.</source>
            <translation>스윕을 열거나(파일 › 스윕 열기…) 설정 하나가 다른 실행들을 학습시키세요. 탐색한 파라미터마다 그 값에 따른 결과 그래프가 그려집니다.</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="203" />
            <source>{0} trials: {1}</source>
            <translation>시행 {0}개: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="206" />
            <source>best {0} {1:.4g} (trial {2})</source>
            <translation>최고 {0} {1:.4g}(시행 {2})</translation>
        </message>
        <message>
            <location filename="../../widgets/training/param_plot.py" line="212" />
            <source>Study {0} in {1}; its metric {2} is to {3}</source>
            <translation>{1}의 study {0}: 지표 {2}을(를) {3}합니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="39" />
            <source>Open a sweep</source>
            <translation>스윕 열기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="41" />
            <source>a journal file, or postgresql+psycopg://user@host/db</source>
            <translation>journal 파일 또는 postgresql+psycopg://user@host/db</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="42" />
            <source>Where the sweep's workers keep their study: the journal file (NETWORK.sweep.journal by default) or the database URL they were given with --storage</source>
            <translation>스윕 작업자들이 study를 두는 곳: journal 파일(기본값 NETWORK.sweep.journal) 또는 --storage로 준 데이터베이스 URL</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="47" />
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="51" />
            <source>The study to show (the storage may hold several)</source>
            <translation>보여 줄 study(저장소에 여러 개가 있을 수 있습니다)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="63" />
            <source>Storage</source>
            <translation>저장소</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="64" />
            <source>Study</source>
            <translation>Study</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="82" />
            <source>Open a sweep's journal</source>
            <translation>스윕의 journal 열기</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="83" />
            <source>Optuna journals (*.journal *.log);;All files (*)</source>
            <translation>Optuna journal (*.journal *.log);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="94" />
            <source>Reading…</source>
            <translation>읽는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="115" />
            <source>Cannot list the studies: {0}</source>
            <translation>study 목록을 가져올 수 없습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="123" />
            <source>One study</source>
            <translation>study 1개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="124" />
            <source>{0} studies</source>
            <translation>study {0}개</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_dialog.py" line="123" />
            <source>No study in this storage yet</source>
            <translation>이 저장소에는 아직 study가 없습니다</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="82" />
            <location filename="../../widgets/training/sweep_view.py" line="243" />
            <source>Sweep</source>
            <translation>스윕</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="98" />
            <source>Reading the sweep in {0}…</source>
            <translation>{0}의 스윕을 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="129" />
            <source>Cannot open the sweep</source>
            <translation>스윕을 열 수 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="130" />
            <source>{0} could not be read: {1}</source>
            <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="133" />
            <source>The sweep could not be read again: {0}</source>
            <translation>스윕을 다시 읽지 못했습니다: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="147" />
            <source>Sweep: {0}</source>
            <translation>스윕: {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="167" />
            <source>Sweep “{0}”: {1} trials, {2} {3}</source>
            <translation>스윕 “{0}”: 시행 {1}개, {3} {2}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/sweep_view.py" line="196" />
            <source>trial {0}</source>
            <translation>시행 {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/training/curve_items.py" line="116" />
            <source>+{0} more</source>
            <translation>외 {0}개</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../../widgets/document.py" line="36" />
            <source>untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <location filename="../../widgets/document.py" line="60" />
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
            <location filename="../../widgets/training/runs.py" line="234" />
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
    <context>
        <name>designer</name>
        <message>
            <source>Where data enters: the shape of one sample, without the batch.</source>
            <translation>데이터가 들어오는 곳: 배치를 뺀 샘플 하나의 모양입니다.</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>모양</translation>
        </message>
        <message>
            <source>Shape of one sample, e.g. [2], [784] or [1, 28, 28] (images are channels, height, width).</source>
            <translation>샘플 하나의 모양입니다. 예: [2], [784], [1, 28, 28](이미지는 채널, 높이, 너비 순).</translation>
        </message>
        <message>
            <source>Fully connected: every output unit sees every input (a perceptron layer).</source>
            <translation>완전 연결: 모든 출력 유닛이 모든 입력을 받습니다(퍼셉트론 층).</translation>
        </message>
        <message>
            <source>units</source>
            <translation>유닛 수</translation>
        </message>
        <message>
            <source>Number of output units (neurons).</source>
            <translation>출력 유닛(뉴런)의 수입니다.</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>Function applied to the layer's output; 'linear' means none.</source>
            <translation>층의 출력에 적용하는 함수입니다. 'linear'는 적용하지 않는다는 뜻입니다.</translation>
        </message>
        <message>
            <source>init</source>
            <translation>초기화</translation>
        </message>
        <message>
            <source>How the weights start (Xavier/Glorot, He, LeCun, ...).</source>
            <translation>가중치의 초기화 방법입니다(Xavier/Glorot, He, LeCun, ...).</translation>
        </message>
        <message>
            <source>bias init</source>
            <translation>편향 초기화</translation>
        </message>
        <message>
            <source>How the biases start.</source>
            <translation>편향의 초기화 방법입니다.</translation>
        </message>
        <message>
            <source>use bias</source>
            <translation>편향 사용</translation>
        </message>
        <message>
            <source>Add a learned bias to each output.</source>
            <translation>각 출력에 학습되는 편향을 더합니다.</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>드롭아웃</translation>
        </message>
        <message>
            <source>Fraction of outputs zeroed at random during training, after the activation.</source>
            <translation>학습 중 활성화 함수 뒤에서 무작위로 0으로 만드는 출력의 비율입니다.</translation>
        </message>
        <message>
            <source>l1</source>
            <translation>L1</translation>
        </message>
        <message>
            <source>L1 penalty on the weights (drives some to exactly zero).</source>
            <translation>가중치에 대한 L1 규제항입니다(일부 가중치를 정확히 0으로 만듭니다).</translation>
        </message>
        <message>
            <source>l2</source>
            <translation>L2</translation>
        </message>
        <message>
            <source>L2 penalty on the weights (weight decay: keeps them small).</source>
            <translation>가중치에 대한 L2 규제항입니다(가중치 감쇠: 가중치를 작게 유지합니다).</translation>
        </message>
        <message>
            <source>max norm</source>
            <translation>max-norm</translation>
        </message>
        <message>
            <source>Largest allowed norm of each unit's incoming weights; empty for no limit.</source>
            <translation>각 유닛으로 들어오는 가중치에 허용되는 최대 노름입니다. 비워 두면 제한이 없습니다.</translation>
        </message>
        <message>
            <source>trainable</source>
            <translation>학습 가능</translation>
        </message>
        <message>
            <source>Untick to freeze the layer's weights during training.</source>
            <translation>체크를 해제하면 학습 중에 층의 가중치를 고정합니다.</translation>
        </message>
        <message>
            <source>Applies an activation function on its own, e.g. after BatchNorm.</source>
            <translation>활성화 함수만 따로 적용합니다. 예: BatchNorm 뒤.</translation>
        </message>
        <message>
            <source>The function to apply.</source>
            <translation>적용할 함수입니다.</translation>
        </message>
        <message>
            <source>Zeroes a random fraction of values while training, so units cannot co-adapt: a remedy for overfitting. Does nothing at prediction time.</source>
            <translation>학습 중에 값의 일부를 무작위로 0으로 만들어 유닛들이 서로에게 맞춰 적응하지 못하게 합니다. 과적합의 해법입니다. 예측할 때는 아무 일도 하지 않습니다.</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>비율</translation>
        </message>
        <message>
            <source>Fraction of values to drop.</source>
            <translation>버릴 값의 비율입니다.</translation>
        </message>
        <message>
            <source>Lays every value of a sample out in one vector, e.g. (1, 28, 28) -&gt; (784,), so a Dense layer can follow.</source>
            <translation>샘플의 모든 값을 벡터 하나로 펼쳐 Dense 층이 뒤에 올 수 있게 합니다. 예: (1, 28, 28) -&gt; (784,).</translation>
        </message>
        <message>
            <source>Rearranges the values of a sample into a new shape with the same number of values.</source>
            <translation>샘플의 값 개수는 그대로 두고 새 모양으로 다시 배열합니다.</translation>
        </message>
        <message>
            <source>target shape</source>
            <translation>목표 모양</translation>
        </message>
        <message>
            <source>New shape without the batch; one size may be -1 (whatever is left).</source>
            <translation>배치를 뺀 새 모양입니다. 크기 하나는 -1(남는 만큼)로 둘 수 있습니다.</translation>
        </message>
        <message>
            <source>Slides learned filters over an image; each filter finds one pattern anywhere in it, with far fewer weights than Dense.</source>
            <translation>학습된 필터를 이미지 위로 밀면서 적용합니다. 각 필터는 이미지 어디에 있든 패턴 하나를 찾아내며, Dense보다 훨씬 적은 가중치를 씁니다.</translation>
        </message>
        <message>
            <source>filters</source>
            <translation>필터 수</translation>
        </message>
        <message>
            <source>Number of filters (output channels).</source>
            <translation>필터(출력 채널)의 수입니다.</translation>
        </message>
        <message>
            <source>kernel size</source>
            <translation>커널 크기</translation>
        </message>
        <message>
            <source>Filter size: one number or [height, width].</source>
            <translation>필터 크기: 숫자 하나 또는 [높이, 너비].</translation>
        </message>
        <message>
            <source>strides</source>
            <translation>스트라이드</translation>
        </message>
        <message>
            <source>Step between filter positions.</source>
            <translation>필터 위치 사이의 간격입니다.</translation>
        </message>
        <message>
            <source>padding</source>
            <translation>패딩</translation>
        </message>
        <message>
            <source>'valid': no padding, the output shrinks; 'same': pad so the output is input size / strides.</source>
            <translation>'valid': 패딩 없음, 출력이 작아집니다. 'same': 출력 크기가 입력 크기 / 스트라이드가 되도록 패딩합니다.</translation>
        </message>
        <message>
            <source>Keeps the largest value of each window: shrinks the image and keeps the strongest responses.</source>
            <translation>각 윈도우에서 가장 큰 값만 남깁니다. 이미지를 줄이면서 가장 강한 반응을 유지합니다.</translation>
        </message>
        <message>
            <source>pool size</source>
            <translation>풀링 크기</translation>
        </message>
        <message>
            <source>Window size: one number or [height, width].</source>
            <translation>윈도우 크기: 숫자 하나 또는 [높이, 너비].</translation>
        </message>
        <message>
            <source>Step between windows; empty means the window size.</source>
            <translation>윈도우 사이의 간격입니다. 비워 두면 윈도우 크기와 같습니다.</translation>
        </message>
        <message>
            <source>Averages each window: shrinks the image smoothly.</source>
            <translation>각 윈도우의 평균을 냅니다. 이미지를 부드럽게 줄입니다.</translation>
        </message>
        <message>
            <source>Averages each channel over the whole image: one number per channel, whatever the image size (instead of Flatten before the classifier).</source>
            <translation>채널마다 이미지 전체의 평균을 냅니다. 이미지 크기와 상관없이 채널당 숫자 하나가 됩니다(분류기 앞에서 Flatten 대신 씁니다).</translation>
        </message>
        <message>
            <source>Keeps each channel's largest value over the whole image: one number per channel.</source>
            <translation>채널마다 이미지 전체에서 가장 큰 값을 남깁니다. 채널당 숫자 하나가 됩니다.</translation>
        </message>
        <message>
            <source>Adds rows and columns of zeros around an image, e.g. before a convolution that should keep the border.</source>
            <translation>이미지 둘레에 0으로 된 행과 열을 덧붙입니다. 예: 가장자리를 유지해야 하는 합성곱 앞.</translation>
        </message>
        <message>
            <source>Zeros to add: one number for every side, [rows, columns], or [top, bottom, left, right].</source>
            <translation>덧붙일 0의 개수: 모든 면에 같은 숫자 하나, [행, 열] 또는 [위, 아래, 왼쪽, 오른쪽].</translation>
        </message>
        <message>
            <source>Normalizes each feature (or channel) over the batch, then scales and shifts it: steadier, faster training and less sensitivity to initialization.</source>
            <translation>각 특성(또는 채널)을 배치에 걸쳐 정규화한 뒤 스케일을 조정하고 이동합니다. 학습이 더 안정적이고 빨라지며 초기화에 덜 민감해집니다.</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>How slowly the moving mean and variance used at prediction time follow the batches (Keras' convention: closer to 1 is slower).</source>
            <translation>예측할 때 쓰는 이동 평균과 이동 분산이 배치를 얼마나 천천히 따라갈지 정합니다(Keras 방식: 1에 가까울수록 느림).</translation>
        </message>
        <message>
            <source>epsilon</source>
            <translation>epsilon</translation>
        </message>
        <message>
            <source>Small number added to the variance to avoid dividing by zero.</source>
            <translation>0으로 나누는 것을 막기 위해 분산에 더하는 작은 수입니다.</translation>
        </message>
        <message>
            <source>Untick to freeze the scale and offset.</source>
            <translation>체크를 해제하면 스케일과 오프셋을 고정합니다.</translation>
        </message>
        <message>
            <source>Normalizes each sample over all its values, then scales and shifts per feature (or channel); independent of the batch size.</source>
            <translation>샘플마다 모든 값에 걸쳐 정규화한 뒤 특성(또는 채널)별로 스케일을 조정하고 이동합니다. 배치 크기와 상관없습니다.</translation>
        </message>
        <message>
            <source>Adds its inputs element by element: the skip connection of a residual block.</source>
            <translation>입력들을 원소별로 더합니다. 잔차 블록의 스킵 연결입니다.</translation>
        </message>
        <message>
            <source>Joins its inputs side by side along one axis.</source>
            <translation>입력들을 한 축을 따라 나란히 이어 붙입니다.</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>축</translation>
        </message>
        <message>
            <source>Axis to join along, without the batch: 0 is features for vectors and channels for images; -1 is the last axis.</source>
            <translation>이어 붙일 축(배치 제외)입니다. 0은 벡터에서는 특성, 이미지에서는 채널이고, -1은 마지막 축입니다.</translation>
        </message>
        <message>
            <source>No activation: the layer stays a linear (affine) map. Stacking only linear layers can never solve XOR.</source>
            <translation>활성화 함수 없음: 층이 선형(아핀) 변환으로 남습니다. 선형 층만 쌓아서는 XOR을 결코 풀 수 없습니다.</translation>
        </message>
        <message>
            <source>Squashes to (0, 1); natural for a yes/no output. Saturates for large |x|, where its gradient vanishes (at most 0.25), which slows deep sigmoid networks.</source>
            <translation>값을 (0, 1) 범위로 압축합니다. 예/아니요 출력에 자연스럽게 맞습니다. |x|가 크면 포화되어 기울기가 사라지므로(기울기는 최대 0.25) sigmoid를 쓰는 깊은 신경망은 학습이 느려집니다.</translation>
        </message>
        <message>
            <source>Squashes to (-1, 1), centred on zero, which trains faster than sigmoid; it still saturates for large |x|.</source>
            <translation>값을 0을 중심으로 (-1, 1) 범위로 압축하므로 sigmoid보다 학습이 빠릅니다. 그래도 |x|가 크면 포화됩니다.</translation>
        </message>
        <message>
            <source>Passes positives, zeroes negatives. Cheap, does not saturate for x &gt; 0, the default for hidden layers; a unit stuck at negative inputs 'dies' (gradient 0).</source>
            <translation>양수는 그대로 통과시키고 음수는 0으로 만듭니다. 계산이 싸고 x &gt; 0에서 포화되지 않아 은닉층의 기본 선택입니다. 입력이 계속 음수인 유닛은 '죽습니다'(기울기 0).</translation>
        </message>
        <message>
            <source>ReLU with a small slope alpha for negatives, so units never die completely.</source>
            <translation>음수에 작은 기울기 alpha를 주는 ReLU로, 유닛이 완전히 죽지는 않습니다.</translation>
        </message>
        <message>
            <source>alpha</source>
            <translation>alpha</translation>
        </message>
        <message>
            <source>Slope for negative inputs.</source>
            <translation>음수 입력에 대한 기울기입니다.</translation>
        </message>
        <message>
            <source>Leaky ReLU whose negative slope is learned, one per unit or channel.</source>
            <translation>음수 구간의 기울기를 학습하는 Leaky ReLU로, 유닛이나 채널마다 기울기가 하나씩 있습니다.</translation>
        </message>
        <message>
            <source>Smooth for negatives, approaching -alpha; pushes mean activations toward zero.</source>
            <translation>음수 구간에서 매끄럽게 -alpha에 가까워집니다. 활성화 값의 평균을 0 쪽으로 당깁니다.</translation>
        </message>
        <message>
            <source>Value approached for very negative inputs.</source>
            <translation>입력이 아주 큰 음수일 때 가까워지는 값입니다.</translation>
        </message>
        <message>
            <source>Scaled ELU that keeps activations self-normalizing; pair it with lecun_normal.</source>
            <translation>활성화 값이 스스로 정규화되도록 유지하는, 스케일을 조정한 ELU입니다. lecun_normal과 함께 쓰세요.</translation>
        </message>
        <message>
            <source>Weights the input by the chance a standard normal is below it; used in Transformers.</source>
            <translation>입력에 표준 정규 분포의 값이 그 입력보다 작을 확률을 곱합니다. 트랜스포머에서 씁니다.</translation>
        </message>
        <message>
            <source>x times sigmoid(x) (also called swish): smooth and non-monotonic.</source>
            <translation>x에 sigmoid(x)를 곱한 함수(swish라고도 함): 매끄럽고 단조롭지 않습니다.</translation>
        </message>
        <message>
            <source>x times tanh(softplus(x)): smooth like swish.</source>
            <translation>x에 tanh(softplus(x))를 곱한 함수: swish처럼 매끄럽습니다.</translation>
        </message>
        <message>
            <source>A smooth ReLU: always positive, its derivative is the sigmoid.</source>
            <translation>매끄러운 ReLU: 항상 양수이고, 도함수가 sigmoid입니다.</translation>
        </message>
        <message>
            <source>Like tanh but approaches +-1 polynomially, saturating more gently.</source>
            <translation>tanh와 비슷하지만 +-1에 다항식처럼 다가가 더 완만하게 포화됩니다.</translation>
        </message>
        <message>
            <source>A piecewise-linear, cheap approximation of sigmoid.</source>
            <translation>sigmoid를 구간별 선형 함수로 값싸게 근사한 것입니다.</translation>
        </message>
        <message>
            <source>Turns scores into probabilities that sum to 1 over the units (or channels): the output of a multi-class classifier.</source>
            <translation>점수를 유닛(또는 채널)에 걸쳐 합이 1인 확률로 바꿉니다. 다중 분류기의 출력입니다.</translation>
        </message>
        <message>
            <source>Every weight 0. Fine for biases; for weights every unit computes the same thing and stays the same (symmetry is never broken).</source>
            <translation>모든 가중치가 0입니다. 편향에는 괜찮지만, 가중치에 쓰면 모든 유닛이 같은 것을 계산하고 계속 같은 상태로 남습니다(대칭이 깨지지 않음).</translation>
        </message>
        <message>
            <source>Every weight 1: the same symmetry problem as zeros.</source>
            <translation>모든 가중치가 1입니다. zeros와 같은 대칭 문제가 있습니다.</translation>
        </message>
        <message>
            <source>Every weight the same value.</source>
            <translation>모든 가중치가 같은 값입니다.</translation>
        </message>
        <message>
            <source>value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>The value of every weight.</source>
            <translation>모든 가중치에 넣을 값입니다.</translation>
        </message>
        <message>
            <source>Uniform in a fixed range, whatever the layer's size.</source>
            <translation>층의 크기와 상관없이 고정된 범위의 균등 분포입니다.</translation>
        </message>
        <message>
            <source>minval</source>
            <translation>최솟값</translation>
        </message>
        <message>
            <source>Lower bound.</source>
            <translation>하한입니다.</translation>
        </message>
        <message>
            <source>maxval</source>
            <translation>최댓값</translation>
        </message>
        <message>
            <source>Upper bound.</source>
            <translation>상한입니다.</translation>
        </message>
        <message>
            <source>Normal with a fixed spread, whatever the layer's size.</source>
            <translation>층의 크기와 상관없이 분포 폭이 고정된 정규 분포입니다.</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>평균</translation>
        </message>
        <message>
            <source>Mean.</source>
            <translation>평균입니다.</translation>
        </message>
        <message>
            <source>stddev</source>
            <translation>표준편차</translation>
        </message>
        <message>
            <source>Standard deviation.</source>
            <translation>표준편차입니다.</translation>
        </message>
        <message>
            <source>Normal, redrawing values more than 2 standard deviations from the mean, so no weight starts extreme.</source>
            <translation>정규 분포에서 뽑되, 평균에서 표준편차의 2배보다 멀리 떨어진 값은 다시 뽑으므로 극단적인 값으로 시작하는 가중치가 없습니다.</translation>
        </message>
        <message>
            <source>A random orthogonal matrix: keeps the length of signals through the layer; good for deep and recurrent nets.</source>
            <translation>무작위 직교 행렬: 층을 지나는 신호의 길이를 유지합니다. 깊은 신경망과 순환 신경망에 좋습니다.</translation>
        </message>
        <message>
            <source>gain</source>
            <translation>배율</translation>
        </message>
        <message>
            <source>Multiplies the matrix.</source>
            <translation>행렬에 곱하는 값입니다.</translation>
        </message>
        <message>
            <source>The identity matrix (for convolutions, a kernel that passes each channel through): the layer starts as a no-op.</source>
            <translation>항등 행렬(합성곱에서는 각 채널을 그대로 통과시키는 커널): 층이 아무 일도 하지 않는 상태로 시작합니다.</translation>
        </message>
        <message>
            <source>Xavier/Glorot: scales the spread by fan-in and fan-out so signals keep their size forwards and backwards. The usual choice for sigmoid and tanh; with ReLU the activations shrink layer by layer.</source>
            <translation>Xavier/Glorot: fan-in과 fan-out으로 분산을 조정하여 신호가 정방향과 역방향 모두에서 크기를 유지합니다. sigmoid와 tanh에 흔히 쓰는 선택이며, ReLU와 함께 쓰면 활성화 값이 층마다 줄어듭니다.</translation>
        </message>
        <message>
            <source>He (Kaiming): twice LeCun's variance, to make up for ReLU zeroing half its inputs. The usual choice for ReLU and its variants, and deep CNNs.</source>
            <translation>He(Kaiming): ReLU가 입력의 절반을 0으로 만드는 것을 보완하려고 LeCun의 두 배 분산을 씁니다. ReLU와 그 변형, 깊은 CNN에 흔히 쓰는 선택입니다.</translation>
        </message>
        <message>
            <source>LeCun: scales the spread by fan-in only, so larger inputs get smaller weights. Pairs with SELU.</source>
            <translation>LeCun: fan-in만으로 분산을 조정하므로 입력이 많을수록 가중치가 작아집니다. SELU와 짝을 이룹니다.</translation>
        </message>
        <message>
            <source>Mean squared error: the average squared distance between output and target. The usual regression loss; large errors weigh a lot.</source>
            <translation>평균 제곱 오차: 출력과 타깃 사이 거리의 제곱을 평균한 값입니다. 회귀에 흔히 쓰는 손실 함수이며, 큰 오차가 크게 반영됩니다.</translation>
        </message>
        <message>
            <source>Mean absolute error: the average distance. Less swayed by outliers than MSE.</source>
            <translation>평균 절대 오차: 거리의 평균입니다. MSE보다 이상치에 덜 휘둘립니다.</translation>
        </message>
        <message>
            <source>Squared for small errors, absolute for large ones (beyond delta): robust to outliers yet smooth near zero.</source>
            <translation>작은 오차는 제곱을, (delta를 넘는) 큰 오차는 절댓값을 씁니다. 이상치에 강하면서도 0 근처에서 매끄럽습니다.</translation>
        </message>
        <message>
            <source>delta</source>
            <translation>delta</translation>
        </message>
        <message>
            <source>Where squared turns into absolute.</source>
            <translation>제곱에서 절댓값으로 바뀌는 지점입니다.</translation>
        </message>
        <message>
            <source>Cross-entropy for yes/no outputs in (0, 1), usually after a sigmoid: punishes confident wrong answers hard.</source>
            <translation>(0, 1) 범위의 예/아니요 출력을 위한 크로스 엔트로피로, 보통 sigmoid 뒤에 씁니다. 자신 있게 틀린 답에 큰 벌점을 줍니다.</translation>
        </message>
        <message>
            <source>Cross-entropy for one-of-many classes, usually after a softmax. Targets may be class numbers or one-hot rows.</source>
            <translation>여러 클래스 중 하나를 고르는 문제를 위한 크로스 엔트로피로, 보통 softmax 뒤에 씁니다. 타깃은 클래스 번호나 원-핫 행일 수 있습니다.</translation>
        </message>
        <message>
            <source>Negative log-likelihood of the target under a normal distribution centred on the output (variance 1, or learned when the network outputs a log-variance per target): the probabilistic loss of the notes.</source>
            <translation>출력을 중심으로 하는 정규 분포에서 타깃의 음의 로그 가능도입니다(분산은 1이거나, 신경망이 타깃마다 로그 분산을 출력하면 학습됩니다). 학습 노트의 확률 기반 손실 함수입니다.</translation>
        </message>
        <message>
            <source>Plain (mini-batch) gradient descent: a step against the gradient.</source>
            <translation>기본 (미니배치) 경사 하강법: 기울기의 반대 방향으로 한 걸음 이동합니다.</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>Step size: how far each update moves the weights. Too large diverges, too small crawls.</source>
            <translation>스텝 크기: 한 번 갱신할 때 가중치가 움직이는 거리입니다. 너무 크면 발산하고, 너무 작으면 아주 느리게 나아갑니다.</translation>
        </message>
        <message>
            <source>Gradient descent that keeps a velocity: past gradients keep pushing, which speeds up along consistent directions and damps zig-zags.</source>
            <translation>속도를 유지하는 경사 하강법: 과거 기울기가 계속 밀어 주므로 일관된 방향으로는 빨라지고 지그재그는 줄어듭니다.</translation>
        </message>
        <message>
            <source>How much of the previous update carries over.</source>
            <translation>이전 갱신을 얼마나 이어받을지 정합니다.</translation>
        </message>
        <message>
            <source>Momentum that looks ahead: the gradient acts at where the velocity is taking the weights (Nesterov accelerated gradient).</source>
            <translation>앞을 내다보는 모멘텀: 속도가 가중치를 데려갈 지점에서 기울기를 계산합니다(Nesterov 가속 경사).</translation>
        </message>
        <message>
            <source>Per-weight learning rates: weights that have moved a lot slow down, rarely updated ones keep larger steps. The rate only ever shrinks.</source>
            <translation>가중치마다 다른 학습률: 많이 움직인 가중치는 느려지고, 드물게 갱신된 가중치는 큰 스텝을 유지합니다. 학습률은 줄어들기만 합니다.</translation>
        </message>
        <message>
            <source>Small number that keeps the division finite.</source>
            <translation>나눗셈 값이 무한대가 되지 않게 하는 작은 수입니다.</translation>
        </message>
        <message>
            <source>initial accumulator value</source>
            <translation>초기 누적값</translation>
        </message>
        <message>
            <source>Starting value of the sum of squared gradients.</source>
            <translation>기울기 제곱 합의 시작값입니다.</translation>
        </message>
        <message>
            <source>Like RMSprop, but the step size comes from the size of recent updates, so it needs almost no learning-rate tuning.</source>
            <translation>RMSprop과 비슷하지만 스텝 크기를 최근 갱신의 크기에서 얻으므로, 학습률을 거의 조정하지 않아도 됩니다.</translation>
        </message>
        <message>
            <source>rho</source>
            <translation>rho</translation>
        </message>
        <message>
            <source>Decay of the running means.</source>
            <translation>이동 평균의 감쇠율입니다.</translation>
        </message>
        <message>
            <source>Divides each gradient by a running average of its recent size: AdaGrad that forgets old gradients, so it does not stall.</source>
            <translation>각 기울기를 최근 크기의 이동 평균으로 나눕니다. 오래된 기울기를 잊는 AdaGrad이므로 학습이 멈추지 않습니다.</translation>
        </message>
        <message>
            <source>Decay of the running mean of squared gradients.</source>
            <translation>기울기 제곱 이동 평균의 감쇠율입니다.</translation>
        </message>
        <message>
            <source>Momentum plus RMSprop, with bias correction for the first steps: a robust default.</source>
            <translation>모멘텀과 RMSprop을 합치고 처음 몇 스텝에 편향 보정을 더한 방법으로, 믿을 만한 기본 선택입니다.</translation>
        </message>
        <message>
            <source>beta 1</source>
            <translation>beta 1</translation>
        </message>
        <message>
            <source>Decay of the running mean of gradients (momentum).</source>
            <translation>기울기 이동 평균의 감쇠율(모멘텀)입니다.</translation>
        </message>
        <message>
            <source>beta 2</source>
            <translation>beta 2</translation>
        </message>
        <message>
            <source>Adam with decoupled weight decay: shrinks weights directly instead of through the gradient, which regularizes better than L2 with Adam.</source>
            <translation>가중치 감쇠를 분리한 Adam: 기울기를 거치지 않고 가중치를 직접 줄이므로, Adam에 L2를 쓰는 것보다 규제 효과가 좋습니다.</translation>
        </message>
        <message>
            <source>weight decay</source>
            <translation>가중치 감쇠</translation>
        </message>
        <message>
            <source>Fraction of each weight removed per step (times the learning rate).</source>
            <translation>스텝마다 각 가중치에서 덜어 내는 비율입니다(학습률을 곱함).</translation>
        </message>
        <message>
            <source>Adam with the infinity norm: the step is scaled by the largest recent gradient instead of the root mean square.</source>
            <translation>무한대 노름을 쓰는 Adam: 스텝 크기를 제곱평균제곱근 대신 최근 기울기 중 가장 큰 값으로 조절합니다.</translation>
        </message>
        <message>
            <source>Adam with Nesterov momentum: the momentum step looks ahead.</source>
            <translation>Nesterov 모멘텀을 쓰는 Adam: 모멘텀 스텝이 앞을 내다봅니다.</translation>
        </message>
        <message>
            <source>The same learning rate throughout.</source>
            <translation>처음부터 끝까지 같은 학습률을 씁니다.</translation>
        </message>
        <message>
            <source>warmup epochs</source>
            <translation>워밍업 에포크</translation>
        </message>
        <message>
            <source>Epochs over which the rate ramps up linearly from near zero at the start (0: no warm-up).</source>
            <translation>시작할 때 0에 가까운 값에서 학습률을 선형으로 올리는 에포크 수입니다(0: 워밍업 없음).</translation>
        </message>
        <message>
            <source>Drops the rate by `factor` at fixed points of the run (e.g. x0.1 at 50% and 75% of the epochs, the recipe of the notes).</source>
            <translation>실행 중 정해진 지점에서 학습률에 배율(`factor`)을 곱해 낮춥니다(예: 에포크의 50%와 75% 지점에서 x0.1, 학습 노트의 방법).</translation>
        </message>
        <message>
            <source>milestones</source>
            <translation>감소 지점</translation>
        </message>
        <message>
            <source>Where the rate drops, as fractions of the run's epochs, e.g. [0.5, 0.75].</source>
            <translation>학습률이 낮아지는 지점을 실행 에포크에 대한 비율로 적습니다. 예: [0.5, 0.75].</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>배율</translation>
        </message>
        <message>
            <source>Multiplies the rate at each milestone.</source>
            <translation>각 감소 지점에서 학습률에 곱하는 값입니다.</translation>
        </message>
        <message>
            <source>A fixed learning rate for each stretch of epochs.</source>
            <translation>에포크 구간마다 고정된 학습률을 씁니다.</translation>
        </message>
        <message>
            <source>boundaries</source>
            <translation>경계</translation>
        </message>
        <message>
            <source>Epochs where the next value starts, e.g. [30, 60].</source>
            <translation>다음 값이 시작되는 에포크입니다. 예: [30, 60].</translation>
        </message>
        <message>
            <source>values</source>
            <translation>값</translation>
        </message>
        <message>
            <source>One rate per stretch: one more than boundaries.</source>
            <translation>구간마다 학습률 하나씩이므로 경계보다 하나 더 많습니다.</translation>
        </message>
        <message>
            <source>Shrinks the rate by `decay_rate` every `decay_epochs` (smoothly).</source>
            <translation>감쇠 에포크(`decay_epochs`)마다 학습률에 감쇠율(`decay_rate`)을 곱해 (부드럽게) 줄입니다.</translation>
        </message>
        <message>
            <source>decay rate</source>
            <translation>감쇠율</translation>
        </message>
        <message>
            <source>Factor after each decay_epochs.</source>
            <translation>감쇠 에포크(decay_epochs)가 지날 때마다 곱하는 값입니다.</translation>
        </message>
        <message>
            <source>decay epochs</source>
            <translation>감쇠 에포크</translation>
        </message>
        <message>
            <source>Epochs per factor; empty: the whole run.</source>
            <translation>배율 한 번에 해당하는 에포크 수입니다. 비워 두면 실행 전체입니다.</translation>
        </message>
        <message>
            <source>staircase</source>
            <translation>계단식</translation>
        </message>
        <message>
            <source>Drop in steps instead of smoothly.</source>
            <translation>부드럽게 줄이지 않고 계단식으로 낮춥니다.</translation>
        </message>
        <message>
            <source>Inverse-time decay: fast at first, then ever more slowly.</source>
            <translation>역시간 감쇠: 처음에는 빠르게, 그다음에는 점점 더 느리게 줄어듭니다.</translation>
        </message>
        <message>
            <source>Epochs until the rate halves (power 1); empty: a tenth of the run.</source>
            <translation>학습률이 절반이 되기까지의 에포크 수입니다(지수 1일 때). 비워 두면 실행의 10분의 1입니다.</translation>
        </message>
        <message>
            <source>power</source>
            <translation>지수</translation>
        </message>
        <message>
            <source>Exponent of the decay.</source>
            <translation>감쇠 식의 지수입니다.</translation>
        </message>
        <message>
            <source>Performance-based: multiplies the rate by `factor` when the loss stops improving for `patience` epochs.</source>
            <translation>성능 기반: 손실이 인내(`patience`) 에포크 동안 나아지지 않으면 학습률에 배율(`factor`)을 곱합니다.</translation>
        </message>
        <message>
            <source>Multiplies the rate at each plateau.</source>
            <translation>정체될 때마다 학습률에 곱하는 값입니다.</translation>
        </message>
        <message>
            <source>patience</source>
            <translation>인내</translation>
        </message>
        <message>
            <source>Epochs without improvement before reducing.</source>
            <translation>학습률을 줄이기 전에 개선 없이 기다리는 에포크 수입니다.</translation>
        </message>
        <message>
            <source>min delta</source>
            <translation>최소 변화량</translation>
        </message>
        <message>
            <source>Smallest change that counts as an improvement.</source>
            <translation>개선으로 인정되는 가장 작은 변화입니다.</translation>
        </message>
        <message>
            <source>cooldown</source>
            <translation>쿨다운</translation>
        </message>
        <message>
            <source>Epochs to wait after a reduction.</source>
            <translation>학습률을 줄인 뒤 기다리는 에포크 수입니다.</translation>
        </message>
        <message>
            <source>min lr</source>
            <translation>최소 학습률</translation>
        </message>
        <message>
            <source>The rate never goes below this.</source>
            <translation>학습률은 이 값 아래로 내려가지 않습니다.</translation>
        </message>
        <message>
            <source>monitor</source>
            <translation>관찰 지표</translation>
        </message>
        <message>
            <source>Which loss to watch (val_loss falls back to loss without a validation split).</source>
            <translation>지켜볼 손실입니다(검증 분할이 없으면 val_loss 대신 loss를 씁니다).</translation>
        </message>
        <message>
            <source>Up from a small rate to the learning rate, then down far below it (1cycle): fast training with a built-in warm-up and annealing.</source>
            <translation>작은 학습률에서 설정한 학습률까지 올렸다가 그보다 훨씬 아래로 내립니다(1cycle). 워밍업과 어닐링이 들어 있어 학습이 빠릅니다.</translation>
        </message>
        <message>
            <source>peak at</source>
            <translation>최고점 위치</translation>
        </message>
        <message>
            <source>Fraction of the run spent rising.</source>
            <translation>실행 중 학습률이 올라가는 구간의 비율입니다.</translation>
        </message>
        <message>
            <source>div factor</source>
            <translation>시작 나눔 계수</translation>
        </message>
        <message>
            <source>Start rate = learning rate / div_factor.</source>
            <translation>시작 학습률 = 학습률 / div_factor(시작 나눔 계수).</translation>
        </message>
        <message>
            <source>final div factor</source>
            <translation>최종 나눔 계수</translation>
        </message>
        <message>
            <source>End rate = learning rate / final_div_factor.</source>
            <translation>마지막 학습률 = 학습률 / final_div_factor(최종 나눔 계수).</translation>
        </message>
        <message>
            <source>Glides from the learning rate down along half a cosine.</source>
            <translation>학습률에서 시작해 코사인 반주기를 따라 부드럽게 내려갑니다.</translation>
        </message>
        <message>
            <source>min factor</source>
            <translation>최소 배율</translation>
        </message>
        <message>
            <source>End rate as a fraction of the learning rate.</source>
            <translation>마지막 학습률을 학습률에 대한 비율로 나타낸 값입니다.</translation>
        </message>
        <message>
            <source>8x8 handwritten digits, 1,797 images, 10 classes (pixels scaled to [0, 1])</source>
            <translation>8x8 손글씨 숫자, 이미지 1,797개, 클래스 10개(픽셀을 [0, 1]로 스케일링)</translation>
        </message>
        <message>
            <source>Iris flowers: 150 samples, 4 measurements, 3 species</source>
            <translation>붓꽃: 샘플 150개, 측정값 4개, 품종 3개</translation>
        </message>
        <message>
            <source>Wines: 178 samples, 13 chemical measurements, 3 cultivars</source>
            <translation>와인: 샘플 178개, 화학 측정값 13개, 품종 3개</translation>
        </message>
        <message>
            <source>Breast cancer biopsies: 569 samples, 30 features, benign or malignant</source>
            <translation>유방암 조직 검사: 샘플 569개, 특성 30개, 양성 또는 악성</translation>
        </message>
        <message>
            <source>Handwritten digits 28x28, 60,000 + 10,000 test (IDX files, when present)</source>
            <translation>28x28 손글씨 숫자, 60,000개 + 테스트 10,000개(IDX 파일이 있을 때)</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>샘플 수</translation>
        </message>
        <message>
            <source>Use only the first N training images.</source>
            <translation>처음 N개의 학습 이미지만 사용합니다.</translation>
        </message>
        <message>
            <source>Clothing photos 28x28, 10 classes, 60,000 + 10,000 test (IDX files, when present)</source>
            <translation>28x28 의류 사진, 클래스 10개, 60,000개 + 테스트 10,000개(IDX 파일이 있을 때)</translation>
        </message>
        <message>
            <source>Truth table of AND (4 points)</source>
            <translation>AND 진리표(점 4개)</translation>
        </message>
        <message>
            <source>Truth table of OR (4 points)</source>
            <translation>OR 진리표(점 4개)</translation>
        </message>
        <message>
            <source>Truth table of NAND (4 points)</source>
            <translation>NAND 진리표(점 4개)</translation>
        </message>
        <message>
            <source>Truth table of NOR (4 points)</source>
            <translation>NOR 진리표(점 4개)</translation>
        </message>
        <message>
            <source>Truth table of XOR (4 points), not linearly separable</source>
            <translation>XOR 진리표(점 4개), 선형 분리 불가능</translation>
        </message>
        <message>
            <source>Playground: a disc of one class inside a ring of the other</source>
            <translation>Playground: 한 클래스의 원반이 다른 클래스의 고리 안에 있음</translation>
        </message>
        <message>
            <source>How many points to generate.</source>
            <translation>생성할 점의 개수입니다.</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>노이즈</translation>
        </message>
        <message>
            <source>How much the points scatter (0: none; the Playground's slider goes to 0.5).</source>
            <translation>점이 흩어지는 정도입니다(0: 없음. Playground의 슬라이더는 0.5까지).</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>Seed of the generator: the same seed gives the same points.</source>
            <translation>생성기의 시드입니다. 시드가 같으면 같은 점이 만들어집니다.</translation>
        </message>
        <message>
            <source>Playground's exclusive-or: opposite quadrants share a class</source>
            <translation>Playground의 배타적 논리합(XOR): 마주 보는 사분면이 같은 클래스</translation>
        </message>
        <message>
            <source>Playground: two Gaussian blobs</source>
            <translation>Playground: 가우스 덩어리 두 개</translation>
        </message>
        <message>
            <source>Playground: two interleaved spirals</source>
            <translation>Playground: 서로 맞물린 나선 두 개</translation>
        </message>
        <message>
            <source>Two interleaving half circles (scikit-learn's make_moons)</source>
            <translation>서로 맞물린 반원 두 개(scikit-learn의 make_moons)</translation>
        </message>
        <message>
            <source>Regression: y = 2x + 1 on x from 1 to 10</source>
            <translation>회귀: x가 1부터 10까지일 때 y = 2x + 1</translation>
        </message>
        <message>
            <source>Regression: Playground's tilted plane, y = (x1 + x2) / 10</source>
            <translation>회귀: Playground의 기울어진 평면, y = (x1 + x2) / 10</translation>
        </message>
        <message>
            <source>Regression: y = sin(x) on x from -pi to pi</source>
            <translation>회귀: x가 -pi부터 pi까지일 때 y = sin(x)</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>에포크 수</translation>
        </message>
        <message>
            <source>Passes over the training data.</source>
            <translation>학습 데이터 전체를 몇 번 거칠지 정합니다.</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>Samples per update.</source>
            <translation>갱신 한 번에 쓰는 샘플 수입니다.</translation>
        </message>
        <message>
            <source>Seed for initial weights, splits, shuffling and dropout; empty: a new one each run (recorded in the history).</source>
            <translation>초기 가중치, 데이터 분할, 섞기, 드롭아웃에 쓰는 시드입니다. 비워 두면 실행마다 새 시드를 씁니다(작업 내역에 기록됨).</translation>
        </message>
        <message>
            <source>clip norm</source>
            <translation>클리핑 노름</translation>
        </message>
        <message>
            <source>Largest allowed norm of all gradients together (gradient clipping); empty: no clipping.</source>
            <translation>모든 기울기를 합친 노름의 최댓값입니다(그레이디언트 클리핑). 비워 두면 클리핑하지 않습니다.</translation>
        </message>
        <message>
            <source>clip value</source>
            <translation>클리핑 값</translation>
        </message>
        <message>
            <source>Largest allowed size of any one gradient value; empty: no clipping.</source>
            <translation>기울기 값 하나하나에 허용되는 최대 크기입니다. 비워 두면 클리핑하지 않습니다.</translation>
        </message>
        <message>
            <source>validation split</source>
            <translation>검증 분할</translation>
        </message>
        <message>
            <source>Fraction of the data held out to check generalization each epoch.</source>
            <translation>에포크마다 일반화 성능을 확인하려고 떼어 두는 데이터의 비율입니다.</translation>
        </message>
        <message>
            <source>test split</source>
            <translation>테스트 분할</translation>
        </message>
        <message>
            <source>Fraction held out until the end of training.</source>
            <translation>학습이 끝날 때까지 떼어 두는 데이터의 비율입니다.</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>정밀도</translation>
        </message>
        <message>
            <source>Number format of the forward and backward passes: fp32 (exact), bf16 (faster on CPUs with AVX-512 BF16 or AMX and on recent GPUs), fp16 (CUDA only, with loss scaling). Weights stay fp32.</source>
            <translation>순전파와 역전파의 숫자 형식: fp32(정확), bf16(AVX-512 BF16이나 AMX가 있는 CPU와 최신 GPU에서 더 빠름), fp16(CUDA 전용, 손실 스케일링 사용). 가중치는 fp32로 유지됩니다.</translation>
        </message>
        <message>
            <source>sync batchnorm</source>
            <translation>BatchNorm 동기화</translation>
        </message>
        <message>
            <source>With several processes (torchrun), BatchNorm computes its statistics over the whole global batch instead of each process's share.</source>
            <translation>여러 프로세스(torchrun)로 학습할 때 BatchNorm이 프로세스마다 맡은 몫이 아니라 전체 배치에 걸쳐 통계를 계산합니다.</translation>
        </message>
        <message>
            <source>Epochs without improvement before stopping.</source>
            <translation>멈추기 전에 개선 없이 기다리는 에포크 수입니다.</translation>
        </message>
        <message>
            <source>Smallest decrease that counts as an improvement.</source>
            <translation>개선으로 인정되는 가장 작은 감소량입니다.</translation>
        </message>
        <message>
            <source>restore best weights</source>
            <translation>최고 가중치 복원</translation>
        </message>
        <message>
            <source>On stopping, go back to the weights of the best epoch.</source>
            <translation>멈출 때 가장 좋았던 에포크의 가중치로 되돌립니다.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>{0} expects a flat vector but gets shape {1}; add a Flatten layer before it.</source>
            <translation>{0}은(는) 평평한 벡터를 받아야 하는데 모양 {1}을(를) 받습니다. 앞에 Flatten 층을 추가하세요.</translation>
        </message>
        <message>
            <source>{0} expects an image shaped (channels, height, width) but gets {1}; add a Reshape before it (e.g. target_shape [1, 28, 28]).</source>
            <translation>{0}은(는) (채널, 높이, 너비) 모양의 이미지를 받아야 하는데 {1}을(를) 받습니다. 앞에 Reshape 층을 추가하세요(예: target_shape [1, 28, 28]).</translation>
        </message>
        <message>
            <source>bias_init {0!r} needs a matrix; biases are vectors. Use zeros or a random initializer for biases.</source>
            <translation>bias_init {0!r}에는 행렬이 필요하지만 편향은 벡터입니다. 편향에는 zeros나 무작위 초기화를 쓰세요.</translation>
        </message>
        <message>
            <source>cannot reshape {0} ({1} values) into {2}: {1} is not a multiple of {3}</source>
            <translation>{0}(값 {1}개)을(를) {2}(으)로 바꿀 수 없습니다: {1}은(는) {3}의 배수가 아닙니다</translation>
        </message>
        <message>
            <source>cannot reshape {0} ({1} values) into {2} ({3} values); the sizes must multiply to the same total</source>
            <translation>{0}(값 {1}개)을(를) {2}(값 {3}개)(으)로 바꿀 수 없습니다. 두 모양의 값 개수가 같아야 합니다</translation>
        </message>
        <message>
            <source>Add needs inputs of one shape, but gets {0}; make the branches produce the same shape</source>
            <translation>Add는 모양이 같은 입력이 필요한데 {0}을(를) 받습니다. 가지들이 같은 모양을 내도록 하세요</translation>
        </message>
        <message>
            <source>Concatenate needs inputs with the same number of axes, but gets {0}</source>
            <translation>Concatenate는 축 개수가 같은 입력이 필요한데 {0}을(를) 받습니다</translation>
        </message>
        <message>
            <source>axis {0} does not exist for inputs of shape {1}</source>
            <translation>모양이 {1}인 입력에는 축 {0}이(가) 없습니다</translation>
        </message>
        <message>
            <source>Concatenate along axis {0} needs every other size to match, but gets {1}</source>
            <translation>축 {0}을(를) 따라 Concatenate하려면 나머지 크기가 모두 같아야 하는데 {1}을(를) 받습니다</translation>
        </message>
        <message>
            <source>{0} takes vectors, sequences or images, not {1}</source>
            <translation>{0}은(는) 벡터, 시퀀스, 이미지만 받으며 {1}은(는) 받을 수 없습니다</translation>
        </message>
        <message>
            <source>{0}'s window {1}x{2} is larger than its {3}x{4} input; use a smaller window or padding 'same'</source>
            <translation>{0}의 창 {1}x{2}이(가) 입력 {3}x{4}보다 큽니다. 더 작은 창이나 padding 'same'을 쓰세요</translation>
        </message>
        <message>
            <source>{0} has no setting {1!r}</source>
            <translation>{0}에는 {1!r} 설정이 없습니다</translation>
        </message>
        <message>
            <source>{0} has no setting {1!r} (did you mean {2!r}?)</source>
            <translation>{0}에는 {1!r} 설정이 없습니다({2!r}을(를) 뜻했나요?)</translation>
        </message>
        <message>
            <source>Input layers take no inputs; remove the connection from '{0}'</source>
            <translation>Input 층은 입력을 받지 않습니다. '{0}'에서 오는 연결을 지우세요</translation>
        </message>
        <message>
            <source>has no input; connect a layer to it</source>
            <translation>입력이 없습니다. 다른 층을 이 층에 연결하세요</translation>
        </message>
        <message>
            <source>{0} needs at least {1} inputs but has {2}</source>
            <translation>{0}은(는) 입력이 {1}개 이상 필요한데 {2}개입니다</translation>
        </message>
        <message>
            <source>{0} takes one input but has {1} (from {2}); merge them with Add or Concatenate first</source>
            <translation>{0}은(는) 입력을 하나만 받는데 {1}개가 있습니다({2}에서). 먼저 Add나 Concatenate로 합치세요</translation>
        </message>
        <message>
            <source>is on a cycle {0}; a network must flow one way, so remove one of these connections</source>
            <translation>순환 {0}에 들어 있습니다. 신경망은 한 방향으로 흘러야 하므로 이 연결 중 하나를 지우세요</translation>
        </message>
        <message>
            <source>the network is empty; drag an Input layer onto the canvas</source>
            <translation>신경망이 비어 있습니다. Input 층을 캔버스로 끌어다 놓으세요</translation>
        </message>
        <message>
            <source>the network has no Input layer; every network starts with one</source>
            <translation>신경망에 Input 층이 없습니다. 모든 신경망은 Input 층에서 시작합니다</translation>
        </message>
        <message>
            <source>{0!r} is not a usable layer id: use 1-64 letters, digits, '_' or '-', starting with a letter, digit or '_'</source>
            <translation>{0!r}은(는) 층 ID로 쓸 수 없습니다. 영문자, 숫자, '_', '-'로 1-64자를 쓰고, 영문자나 숫자나 '_'로 시작하세요</translation>
        </message>
        <message>
            <source>there is no layer {0!r}</source>
            <translation>{0!r} 층이 없습니다</translation>
        </message>
        <message>
            <source>'{0}' cannot feed itself</source>
            <translation>'{0}'은(는) 자기 자신에게 연결할 수 없습니다</translation>
        </message>
        <message>
            <source>'{0}' is an Input layer: data enters there, nothing can feed it</source>
            <translation>'{0}'은(는) Input 층입니다. 데이터가 들어오는 곳이므로 어떤 층도 여기에 연결할 수 없습니다</translation>
        </message>
        <message>
            <source>'{0}' already feeds '{1}'</source>
            <translation>'{0}'은(는) 이미 '{1}'에 연결되어 있습니다</translation>
        </message>
        <message>
            <source>'{0}' does not feed '{1}'</source>
            <translation>'{0}'은(는) '{1}'에 연결되어 있지 않습니다</translation>
        </message>
        <message>
            <source>connecting '{0}' to '{1}' would make a cycle ('{1}' already leads to '{0}'); a network must flow one way</source>
            <translation>'{0}'을(를) '{1}'에 연결하면 순환이 생깁니다('{1}'에서 이미 '{0}'(으)로 이어집니다). 신경망은 한 방향으로 흘러야 합니다</translation>
        </message>
        <message>
            <source>'{0}' ({1}) takes one input and already has one from '{2}'; merge branches with Add or Concatenate first</source>
            <translation>'{0}'({1})은(는) 입력을 하나만 받는데 이미 '{2}'에서 받고 있습니다. 먼저 Add나 Concatenate로 가지를 합치세요</translation>
        </message>
        <message>
            <source>a layer named {0!r} already exists</source>
            <translation>이름이 {0!r}인 층이 이미 있습니다</translation>
        </message>
        <message>
            <source>the dataset {0!r} cannot be loaded: {1}</source>
            <translation>데이터셋 {0!r}을(를) 불러올 수 없습니다: {1}</translation>
        </message>
        <message>
            <source>the Input '{0}' takes {1} values per sample, but the dataset '{2}' gives {3}; set its shape to {4}</source>
            <translation>Input '{0}'은(는) 샘플당 값 {1}개를 받는데 데이터셋 '{2}'은(는) {3}개를 줍니다. 모양을 {4}(으)로 설정하세요</translation>
        </message>
        <message>
            <source>Fit the Input to the data</source>
            <translation>Input을 데이터에 맞추기</translation>
        </message>
        <message>
            <source>Fit the output layer to the data</source>
            <translation>출력층을 데이터에 맞추기</translation>
        </message>
        <message>
            <source>{0}, but the output layer '{1}' {2}</source>
            <translation>{0}이지만 출력층 '{1}'은(는) {2}</translation>
        </message>
        <message>
            <source>{0}, but the output layer '{1}' {2}; {3}</source>
            <translation>{0}이지만 출력층 '{1}'은(는) {2}. {3}</translation>
        </message>
        <message>
            <source>{0}, but the output layer '{1}' {2}, which always gives 1</source>
            <translation>{0}이지만 출력층 '{1}'은(는) {2}. 이러면 항상 1이 나옵니다</translation>
        </message>
        <message>
            <source>{0}, but the output layer '{1}' {2}, which always gives 1; {3}</source>
            <translation>{0}이지만 출력층 '{1}'은(는) {2}. 이러면 항상 1이 나옵니다. {3}</translation>
        </message>
        <message>
            <source>the dataset '{0}' is a regression target, but the output layer '{1}' ends in softmax</source>
            <translation>데이터셋 '{0}'은(는) 회귀 타깃인데 출력층 '{1}'이(가) softmax로 끝납니다</translation>
        </message>
        <message>
            <source>the dataset '{0}' is a regression target, but the output layer '{1}' ends in softmax; {2}</source>
            <translation>데이터셋 '{0}'은(는) 회귀 타깃인데 출력층 '{1}'이(가) softmax로 끝납니다. {2}</translation>
        </message>
        <message>
            <source>the dataset '{0}' has {1} classes</source>
            <translation>데이터셋 '{0}'의 클래스는 {1}개</translation>
        </message>
        <message>
            <source>the dataset '{0}' has {1} target value per sample</source>
            <translation>데이터셋 '{0}'의 샘플당 타깃 값은 {1}개</translation>
        </message>
        <message>
            <source>the dataset '{0}' has {1} target values per sample</source>
            <translation>데이터셋 '{0}'의 샘플당 타깃 값은 {1}개</translation>
        </message>
        <message>
            <source>gives {0}</source>
            <translation>{0}을(를) 출력합니다</translation>
        </message>
        <message>
            <source>has {0} unit with {1}</source>
            <translation>{1} 활성화 함수를 쓰는 유닛 {0}개입니다</translation>
        </message>
        <message>
            <source>has {0} units with {1}</source>
            <translation>{1} 활성화 함수를 쓰는 유닛 {0}개입니다</translation>
        </message>
        <message>
            <source>use {0} unit</source>
            <translation>유닛 {0}개를 쓰세요</translation>
        </message>
        <message>
            <source>use {0} units</source>
            <translation>유닛 {0}개를 쓰세요</translation>
        </message>
        <message>
            <source>use {0} unit with {1}</source>
            <translation>{1} 활성화 함수를 쓰는 유닛 {0}개로 바꾸세요</translation>
        </message>
        <message>
            <source>use {0} units with {1}</source>
            <translation>{1} 활성화 함수를 쓰는 유닛 {0}개로 바꾸세요</translation>
        </message>
        <message>
            <source>the {0} limit set by {1}</source>
            <translation>{1}(으)로 정한 한도 {0}</translation>
        </message>
        <message>
            <source>the {0} the app may use here ({1:.0%} of the {2} this machine has available)</source>
            <translation>앱이 여기서 쓸 수 있는 {0}(이 컴퓨터에서 쓸 수 있는 {2}의 {1:.0%})</translation>
        </message>
        <message>
            <source>its input from '{0}' has {1:,} values per sample; make '{0}' smaller</source>
            <translation>'{0}'에서 오는 입력이 샘플당 값 {1:,}개입니다. '{0}'을(를) 줄이세요</translation>
        </message>
        <message>
            <source>use fewer units</source>
            <translation>유닛 수를 줄이세요</translation>
        </message>
        <message>
            <source>use fewer filters</source>
            <translation>필터 수를 줄이세요</translation>
        </message>
        <message>
            <source>give it a smaller shape</source>
            <translation>모양을 더 작게 하세요</translation>
        </message>
        <message>
            <source>give it a smaller target_shape</source>
            <translation>target_shape를 더 작게 하세요</translation>
        </message>
        <message>
            <source>make it smaller</source>
            <translation>크기를 줄이세요</translation>
        </message>
        <message>
            <source>{0} '{1}' would need {2} of weights ({3:,} parameters x {4} bytes), more than {5}; {6}</source>
            <translation>{0} '{1}'은(는) 가중치에 {2}이(가) 필요해 {5}을(를) 넘습니다(파라미터 {3:,}개 x {4}바이트). {6}</translation>
        </message>
        <message>
            <source>{0} '{1}' would need {2} for its output of a single sample ({3:,} values x {4} bytes), more than {5}; {6}</source>
            <translation>{0} '{1}'은(는) 샘플 하나의 출력에 {2}이(가) 필요해 {5}을(를) 넘습니다(값 {3:,}개 x {4}바이트). {6}</translation>
        </message>
        <message>
            <source>the network would need {0} of weights ({1:,} parameters x {2} bytes), more than {3}; the biggest layer is {4} '{5}' ({6})</source>
            <translation>신경망의 가중치에 {0}이(가) 필요해 {3}을(를) 넘습니다(파라미터 {1:,}개 x {2}바이트). 가장 큰 층은 {4} '{5}'({6})입니다</translation>
        </message>
        <message>
            <source>training would need about {0} of memory ({1} for the weights, their gradients and the {2} optimizer's state; {3} for the activations of a batch of {4:,}), more than {5}. The biggest layer is {6} '{7}' ({8:,} parameters, {9:,} output values per sample); {10}</source>
            <translation>학습에 메모리가 약 {0} 필요해 {5}을(를) 넘습니다(가중치와 그 기울기, {2} 옵티마이저 상태에 {1}, 배치 {4:,}개의 활성화 값에 {3}). 가장 큰 층은 {6} '{7}'(파라미터 {8:,}개, 샘플당 출력 값 {9:,}개)입니다. {10}</translation>
        </message>
        <message>
            <source>make '{0}' smaller, or lower batch_size to {1:,} or less</source>
            <translation>'{0}'을(를) 줄이거나 batch_size를 {1:,} 이하로 낮추세요</translation>
        </message>
        <message>
            <source>make '{0}' smaller: its weights alone leave no room for a batch</source>
            <translation>'{0}'을(를) 줄이세요. 가중치만으로도 배치를 위한 메모리가 남지 않습니다</translation>
        </message>
        <message>
            <source>early stopping: {0} has not improved for {1} epochs (best {2:.4g} at epoch {3})</source>
            <translation>조기 종료: {0}이(가) {1} 에포크 동안 나아지지 않았습니다(최고 {2:.4g}, 에포크 {3})</translation>
        </message>
        <message>
            <source>early stopping: {0} has not improved for {1} epochs (best {2:.4g} at epoch {3}); restored the weights of epoch {3}</source>
            <translation>조기 종료: {0}이(가) {1} 에포크 동안 나아지지 않았습니다(최고 {2:.4g}, 에포크 {3}). 에포크 {3}의 가중치로 되돌렸습니다</translation>
        </message>
        <message>
            <source>the loss became NaN at epoch {0}, step {1}: the weights diverged. Try {2}. The network keeps the weights it had before this run.</source>
            <translation>에포크 {0}, 스텝 {1}에서 손실이 NaN이 되었습니다: 가중치가 발산했습니다. {2}을(를) 시도해 보세요. 신경망은 이번 학습 전의 가중치를 그대로 유지합니다.</translation>
        </message>
        <message>
            <source>the loss became infinite at epoch {0}, step {1}: the weights diverged. Try {2}. The network keeps the weights it had before this run.</source>
            <translation>에포크 {0}, 스텝 {1}에서 손실이 무한대가 되었습니다: 가중치가 발산했습니다. {2}을(를) 시도해 보세요. 신경망은 이번 학습 전의 가중치를 그대로 유지합니다.</translation>
        </message>
        <message>
            <source>a smaller learning rate (it was {0:.3g})</source>
            <translation>더 작은 학습률(이번에는 {0:.3g})</translation>
        </message>
        <message>
            <source>a smaller learning rate (it was {0:.3g}) or {1}</source>
            <translation>더 작은 학습률(이번에는 {0:.3g}) 또는 {1}</translation>
        </message>
        <message>
            <source>a smaller learning rate (it was {0:.3g}), {1} or {2}</source>
            <translation>더 작은 학습률(이번에는 {0:.3g}), {1} 또는 {2}</translation>
        </message>
        <message>
            <source>smaller L1/L2 penalties (up to {0:g} here)</source>
            <translation>더 작은 L1/L2 규제 값(여기서는 최대 {0:g})</translation>
        </message>
        <message>
            <source>gradient clipping (clip_norm)</source>
            <translation>그레이디언트 클리핑(clip_norm)</translation>
        </message>
        <message>
            <source>the run ran out of memory{0}: lower the batch size{1} or make the network smaller, or close other programs and train again</source>
            <translation>학습 중 메모리가 부족했습니다{0}. 배치 크기{1}을(를) 줄이거나 신경망을 작게 하거나, 다른 프로그램을 닫고 다시 학습하세요</translation>
        </message>
        <message>
            <source> (it asked for {0} more)</source>
            <translation> ({0}를 더 요청함)</translation>
        </message>
        <message>
            <source> (now {0:,})</source>
            <translation> (지금 {0:,})</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly</source>
            <translation>학습 프로세스가 예기치 않게 끝났습니다</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly (exit code {0})</source>
            <translation>학습 프로세스가 예기치 않게 끝났습니다(종료 코드 {0})</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly (killed by signal {0})</source>
            <translation>학습 프로세스가 예기치 않게 끝났습니다(시그널 {0}(으)로 강제 종료됨)</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly (killed by signal {0}, {1})</source>
            <translation>학습 프로세스가 예기치 않게 끝났습니다(시그널 {0}, {1}(으)로 강제 종료됨)</translation>
        </message>
        <message>
            <source>the training process ended unexpectedly (killed by signal {0}, {1}); if nobody ended it, the machine probably ran out of memory: lower the batch size or make the network smaller</source>
            <translation>학습 프로세스가 예기치 않게 끝났습니다(시그널 {0}, {1}(으)로 강제 종료됨). 아무도 끝내지 않았다면 컴퓨터의 메모리가 부족했을 가능성이 큽니다. 배치 크기를 줄이거나 신경망을 작게 하세요</translation>
        </message>
        <message>
            <source>precision fp16 needs a CUDA GPU; use bf16 on the CPU</source>
            <translation>precision fp16에는 CUDA GPU가 필요합니다. CPU에서는 bf16을 쓰세요</translation>
        </message>
        <message>
            <source>the dense engine computes in fp32 only; use precision fp32, or the autograd engine for {0}</source>
            <translation>dense 엔진은 fp32로만 계산합니다. precision fp32를 쓰거나, {0}에는 autograd 엔진을 쓰세요</translation>
        </message>
        <message>
            <source>precision {0}: forward passes under autocast, weights and optimizer state in fp32, trained by the autograd engine (the dense engine computes in fp32 only)</source>
            <translation>precision {0}: 순전파는 autocast로 계산하고 가중치와 옵티마이저 상태는 fp32로 두며, autograd 엔진으로 학습합니다(dense 엔진은 fp32로만 계산합니다)</translation>
        </message>
        <message>
            <source>bf16 is emulated on this device (it has no native bf16 arithmetic) and is usually slower than fp32 here</source>
            <translation>이 장치에는 bf16 연산 기능이 없어 bf16을 흉내 내어 계산하므로, 여기서는 보통 fp32보다 느립니다</translation>
        </message>
        <message>
            <source>at least {0}</source>
            <translation>{0} 이상</translation>
        </message>
        <message>
            <source>more than {0}</source>
            <translation>{0} 초과</translation>
        </message>
        <message>
            <source>at most {0}</source>
            <translation>{0} 이하</translation>
        </message>
        <message>
            <source>less than {0}</source>
            <translation>{0} 미만</translation>
        </message>
        <message>
            <source>at least {0} and at most {1}</source>
            <translation>{0} 이상 {1} 이하</translation>
        </message>
        <message>
            <source>at least {0} and less than {1}</source>
            <translation>{0} 이상 {1} 미만</translation>
        </message>
        <message>
            <source>more than {0} and at most {1}</source>
            <translation>{0} 초과 {1} 이하</translation>
        </message>
        <message>
            <source>more than {0} and less than {1}</source>
            <translation>{0} 초과 {1} 미만</translation>
        </message>
        <message>
            <source>{0} needs a value</source>
            <translation>{0}에 값이 필요합니다</translation>
        </message>
        <message>
            <source>{0} must be {1}, got {2}</source>
            <translation>{0}은(는) {1}이어야 하는데 {2}입니다</translation>
        </message>
        <message>
            <source>{0} must be a whole number, got {1!r}</source>
            <translation>{0}은(는) 정수여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be a list of whole numbers, got {1!r}</source>
            <translation>{0}은(는) 정수 목록이어야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be a number, got {1!r}</source>
            <translation>{0}은(는) 숫자여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be a finite number, got {1!r}</source>
            <translation>{0}은(는) 유한한 숫자여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be true or false, got {1!r}</source>
            <translation>{0}은(는) 참 또는 거짓이어야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be one of {1}; got {2!r}</source>
            <translation>{0}은(는) {1} 중 하나여야 하는데 {2!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be a list of whole numbers such as [28, 28], got {1!r}</source>
            <translation>{0}은(는) [28, 28] 같은 정수 목록이어야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be a list of numbers such as [0.5, 0.75], got {1!r}</source>
            <translation>{0}은(는) [0.5, 0.75] 같은 숫자 목록이어야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>every size in {0} must be at least 1, got {1}</source>
            <translation>{0}의 모든 크기는 1 이상이어야 하는데 {1}입니다</translation>
        </message>
        <message>
            <source>{0} sizes must be at least 1, with at most one -1 (meaning 'whatever is left'); got {1}</source>
            <translation>{0}의 크기는 1 이상이어야 하고 -1('남은 만큼')은 하나까지만 쓸 수 있는데 {1}입니다</translation>
        </message>
        <message>
            <source>{0} must be one number or [height, width], got {1!r}</source>
            <translation>{0}은(는) 숫자 하나 또는 [높이, 너비]여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be one number, [rows, columns] or [top, bottom, left, right], none below 0; got {1!r}</source>
            <translation>{0}은(는) 숫자 하나, [행, 열] 또는 [위, 아래, 왼쪽, 오른쪽]이어야 하고 0보다 작을 수 없는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>Add {0} '{1}'</source>
            <translation>{0} '{1}' 추가</translation>
        </message>
        <message>
            <source>Insert {0} '{1}'</source>
            <translation>{0} '{1}' 끼워 넣기</translation>
        </message>
        <message>
            <source>Delete {0}</source>
            <translation>{0} 삭제</translation>
        </message>
        <message>
            <source>Delete {0} layers</source>
            <translation>층 {0}개 삭제</translation>
        </message>
        <message>
            <source>Connect {0} -&gt; {1}</source>
            <translation>{0} -&gt; {1} 연결</translation>
        </message>
        <message>
            <source>Disconnect {0} -&gt; {1}</source>
            <translation>{0} -&gt; {1} 연결 끊기</translation>
        </message>
        <message>
            <source>Set {0}.{1}</source>
            <translation>{0}.{1} 설정</translation>
        </message>
        <message>
            <source>Move {0}</source>
            <translation>{0} 이동</translation>
        </message>
        <message>
            <source>Move {0} layers</source>
            <translation>층 {0}개 이동</translation>
        </message>
        <message>
            <source>Rename {0} to {1}</source>
            <translation>{0} 이름을 {1}(으)로 바꾸기</translation>
        </message>
        <message>
            <source>Paste {0} layer(s)</source>
            <translation>층 {0}개 붙여넣기</translation>
        </message>
        <message>
            <source>Edit setup</source>
            <translation>학습 설정 변경</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>{0}; {1}</source>
            <translation>{0}; {1}</translation>
        </message>
        <message>
            <source>line {0:d}: {1}</source>
            <translation>{0:d}행: {1}</translation>
        </message>
        <message>
            <source>{0}: no such file</source>
            <translation>{0}: 파일이 없습니다</translation>
        </message>
        <message>
            <source>{0}: is a folder, not a file</source>
            <translation>{0}: 파일이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}: 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>{0}: broken JSON at line {1:d}, column {2:d}: {3}</source>
            <translation>{0}: {1:d}행 {2:d}열의 JSON이 잘못되었습니다: {3}</translation>
        </message>
        <message>
            <source>{0}: the {1} holds {2}, over the {3} limit for {1}s</source>
            <translation>{0}: {1}의 크기가 {2}(으)로 {1} 한도 {3}을(를) 넘습니다</translation>
        </message>
        <message>
            <source>{0}: reading the {1} ({2}) would need about {3} of memory, more than {4}</source>
            <translation>{0}: {1}({2})을(를) 읽으려면 메모리가 약 {3} 필요해 {4}을(를) 넘습니다</translation>
        </message>
        <message>
            <source>Keras model file</source>
            <translation>Keras 모델 파일</translation>
        </message>
        <message>
            <source>Keras code file</source>
            <translation>Keras 코드 파일</translation>
        </message>
        <message>
            <source>ONNX model file</source>
            <translation>ONNX 모델 파일</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV 파일</translation>
        </message>
        <message>
            <source>NPZ file</source>
            <translation>NPZ 파일</translation>
        </message>
        <message>
            <source>IDX file</source>
            <translation>IDX 파일</translation>
        </message>
        <message>
            <source>{0}: is a folder, not a network file</source>
            <translation>{0}: 신경망 파일이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>{0}: not a text (JSON) or .nnd file</source>
            <translation>{0}: 텍스트(JSON) 파일도 .nnd 파일도 아닙니다</translation>
        </message>
        <message>
            <source>{0}: expected a JSON object with 'layers', got {1}</source>
            <translation>{0}: 'layers'가 있는 JSON 객체여야 하는데 {1}입니다</translation>
        </message>
        <message>
            <source>{0}: not a Network Designer network (format is {1!r}, expected {2!r})</source>
            <translation>{0}: Network Designer 신경망이 아닙니다(format이 {2!r}이어야 하는데 {1!r}입니다)</translation>
        </message>
        <message>
            <source>{0}: 'name' must be text, got {1!r}</source>
            <translation>{0}: 'name'은 텍스트여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0}: '{1}' must be an object, got {2!r}</source>
            <translation>{0}: '{1}'은(는) 객체여야 하는데 {2!r}입니다</translation>
        </message>
        <message>
            <source>{0}: missing '{1}'</source>
            <translation>{0}: '{1}'이(가) 없습니다</translation>
        </message>
        <message>
            <source>{0}: '{1}' must be a {2}, got {3}</source>
            <translation>{0}: '{1}'은(는) {2}이어야 하는데 {3}입니다</translation>
        </message>
        <message>
            <source>{0}: connections[{1:d}] must be a pair of layer ids like ["in", "h"], got {2!r}</source>
            <translation>{0}: connections[{1:d}]은(는) ["in", "h"]처럼 층 ID 두 개로 된 쌍이어야 하는데 {2!r}입니다</translation>
        </message>
        <message>
            <source>{0} must be an object like {{"id": ..., "type": ...}}</source>
            <translation>{0}은(는) {{"id": ..., "type": ...}} 같은 객체여야 합니다</translation>
        </message>
        <message>
            <source>{0} has no 'id'</source>
            <translation>{0}에 'id'가 없습니다</translation>
        </message>
        <message>
            <source>{0} ('{1}') has no 'type'</source>
            <translation>{0}('{1}')에 'type'이 없습니다</translation>
        </message>
        <message>
            <source>{0} ('{1}'): position must be [x, y], got {2!r}</source>
            <translation>{0}('{1}'): position은 [x, y]여야 하는데 {2!r}입니다</translation>
        </message>
        <message>
            <source>{0}: a zip without {1}; not a Network Designer file</source>
            <translation>{0}: {1}이(가) 없는 zip 파일입니다. Network Designer 파일이 아닙니다</translation>
        </message>
        <message>
            <source>{0}: its member {1} would unpack to {2}, over the {3} limit for a member of a .nnd file; the file is damaged or not a Network Designer file</source>
            <translation>{0}: 안에 든 {1}을(를) 풀면 {2}(으)로, .nnd 파일에 든 항목의 한도 {3}을(를) 넘습니다. 파일이 손상되었거나 Network Designer 파일이 아닙니다</translation>
        </message>
        <message>
            <source>{0}: {1} must hold an object</source>
            <translation>{0}: {1}에는 객체가 들어 있어야 합니다</translation>
        </message>
        <message>
            <source>{0}: damaged .nnd file ({1})</source>
            <translation>{0}: 손상된 .nnd 파일입니다({1})</translation>
        </message>
        <message>
            <source>{0}: {1} is damaged ({2})</source>
            <translation>{0}: {1}이(가) 손상되었습니다({2})</translation>
        </message>
        <message>
            <source>{0}: weight {1!r} is not named '&lt;layer&gt;.&lt;parameter&gt;'</source>
            <translation>{0}: 가중치 {1!r}의 이름이 '&lt;layer&gt;.&lt;parameter&gt;' 형식이 아닙니다</translation>
        </message>
        <message>
            <source>{0}: format_version must be a whole number of at least 1, got {1!r}</source>
            <translation>{0}: format_version은 1 이상의 정수여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0} was written by a newer Network Designer (format version {1:d}; this version reads up to {2:d}). Update the app to open it.</source>
            <translation>{0}은(는) 더 새로운 Network Designer로 저장되었습니다(형식 버전 {1:d}, 이 버전은 {2:d}까지 읽습니다). 열려면 앱을 업데이트하세요.</translation>
        </message>
        <message>
            <source>{0}: no migration from format version {1:d}</source>
            <translation>{0}: 형식 버전 {1:d}을(를) 바꿀 마이그레이션이 없습니다</translation>
        </message>
        <message>
            <source>unknown {0} {1!r}.{2} Known: {3}.</source>
            <translation>알 수 없는 {0} {1!r}입니다.{2} 사용할 수 있는 것: {3}.</translation>
        </message>
        <message>
            <source> Did you mean {0!r}?</source>
            <translation> {0!r}을(를) 뜻했나요?</translation>
        </message>
        <message>
            <source>unknown layer type {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 층 종류 {0!r}입니다.{1} 사용할 수 있는 층: {2}.</translation>
        </message>
        <message>
            <source>unknown activation {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 활성화 함수 {0!r}입니다.{1} 사용할 수 있는 활성화 함수: {2}.</translation>
        </message>
        <message>
            <source>unknown initializer {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 초기화 방법 {0!r}입니다.{1} 사용할 수 있는 초기화 방법: {2}.</translation>
        </message>
        <message>
            <source>unknown loss {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 손실 함수 {0!r}입니다.{1} 사용할 수 있는 손실 함수: {2}.</translation>
        </message>
        <message>
            <source>unknown optimizer {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 옵티마이저 {0!r}입니다.{1} 사용할 수 있는 옵티마이저: {2}.</translation>
        </message>
        <message>
            <source>unknown schedule {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 학습률 스케줄 {0!r}입니다.{1} 사용할 수 있는 스케줄: {2}.</translation>
        </message>
        <message>
            <source>unknown dataset {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 데이터셋 {0!r}입니다.{1} 사용할 수 있는 데이터셋: {2}.</translation>
        </message>
        <message>
            <source>unknown export format {0!r}.{1} Known: {2}.</source>
            <translation>알 수 없는 내보내기 형식 {0!r}입니다.{1} 사용할 수 있는 형식: {2}.</translation>
        </message>
        <message>
            <source>{0}: damaged zip file ({1})</source>
            <translation>{0}: 손상된 zip 파일입니다({1})</translation>
        </message>
        <message>
            <source>{0}: a zip that is neither a .keras model (config.json) nor a Network Designer file (network.json)</source>
            <translation>{0}: .keras 모델(config.json)도 Network Designer 파일(network.json)도 아닌 zip 파일입니다</translation>
        </message>
        <message>
            <source>{0}: not a file Network Designer can open or import (a network .nnd/.json, a Keras .keras/.h5/model JSON/.py, or an .onnx model)</source>
            <translation>{0}: Network Designer가 열거나 가져올 수 있는 파일이 아닙니다(신경망 .nnd/.json, Keras .keras/.h5/모델 JSON/.py, .onnx 모델만 됩니다)</translation>
        </message>
        <message>
            <source>{0}: JSON that is neither a Network Designer network nor a Keras model (model.to_json())</source>
            <translation>{0}: Network Designer 신경망도 Keras 모델(model.to_json())도 아닌 JSON입니다</translation>
        </message>
        <message>
            <source>{0}: cannot be imported:
{1}</source>
            <translation>{0}: 가져올 수 없습니다:
{1}</translation>
        </message>
        <message>
            <source>  - {0}</source>
            <translation>  - {0}</translation>
        </message>
        <message>
            <source>  - {0}
{1}</source>
            <translation>  - {0}
{1}</translation>
        </message>
        <message>
            <source>... and {0:d} more</source>
            <translation>... 외 {0:d}개</translation>
        </message>
        <message>
            <source>{0}: the weights do not fit the network: {1}</source>
            <translation>{0}: 가중치가 신경망에 맞지 않습니다: {1}</translation>
        </message>
        <message>
            <source>{0}: {1} reports {2:,} parameters but the imported network has {3:,}</source>
            <translation>{0}: {1} 파일에는 파라미터가 {2:,}개라고 되어 있지만 가져온 신경망에는 {3:,}개가 있습니다</translation>
        </message>
        <message>
            <source>{0}: not a Keras model file (neither JSON, .keras nor .h5)</source>
            <translation>{0}: Keras 모델 파일이 아닙니다(JSON, .keras, .h5 어느 것도 아닙니다)</translation>
        </message>
        <message>
            <source>{0}: a zip without config.json; not a .keras model</source>
            <translation>{0}: config.json이 없는 zip 파일입니다. .keras 모델이 아닙니다</translation>
        </message>
        <message>
            <source>{0}: {1} is implausibly large</source>
            <translation>{0}: {1}이(가) 비정상적으로 큽니다</translation>
        </message>
        <message>
            <source>{0}: its weights are not in one model.weights.h5 (sharded or another format), which is not read</source>
            <translation>{0}: 가중치가 model.weights.h5 한 파일에 있지 않아(나뉘어 있거나 다른 형식) 읽지 않습니다</translation>
        </message>
        <message>
            <source>{0}: a damaged .keras file ({1})</source>
            <translation>{0}: 손상된 .keras 파일입니다({1})</translation>
        </message>
        <message>
            <source>{0}: damaged weights in model.weights.h5 ({1})</source>
            <translation>{0}: model.weights.h5의 가중치가 손상되었습니다({1})</translation>
        </message>
        <message>
            <source>{0}: holds weights only (no model_config); import a file saved with model.save(), which keeps the structure</source>
            <translation>{0}: 가중치만 들어 있습니다(model_config 없음). 구조까지 저장하는 model.save()로 저장한 파일을 가져오세요</translation>
        </message>
        <message>
            <source>{0}: a damaged or unreadable .h5 file ({1})</source>
            <translation>{0}: 손상되었거나 읽을 수 없는 .h5 파일입니다({1})</translation>
        </message>
        <message>
            <source>{0}: a Keras {1} model cannot be imported: only Sequential and Functional models keep their structure in the file (a subclassed model's is Python code, which is never run)</source>
            <translation>{0}: Keras {1} 모델은 가져올 수 없습니다. 파일에 구조가 남는 것은 Sequential과 Functional 모델뿐입니다(서브클래스 모델의 구조는 Python 코드이고, 코드는 실행하지 않습니다)</translation>
        </message>
        <message>
            <source>{0}: not a Keras model config ({1})</source>
            <translation>{0}: Keras 모델 설정(config)이 아닙니다({1})</translation>
        </message>
        <message>
            <source>it needs a class_name and a config</source>
            <translation>class_name과 config가 있어야 합니다</translation>
        </message>
        <message>
            <source>layer {0:d} has no class_name</source>
            <translation>{0:d}번째 층에 class_name이 없습니다</translation>
        </message>
        <message>
            <source>layer {0:d} has no name</source>
            <translation>{0:d}번째 층에 이름이 없습니다</translation>
        </message>
        <message>
            <source>a Sequential model without layers</source>
            <translation>층이 없는 Sequential 모델입니다</translation>
        </message>
        <message>
            <source>a Functional model without layers</source>
            <translation>층이 없는 Functional 모델입니다</translation>
        </message>
        <message>
            <source>inbound_nodes is not a list</source>
            <translation>inbound_nodes가 목록이 아닙니다</translation>
        </message>
        <message>
            <source>an inbound node {0!r}</source>
            <translation>알 수 없는 형태의 inbound node {0!r}</translation>
        </message>
        <message>
            <source>an inbound node without a layer name</source>
            <translation>층 이름이 없는 inbound node가 있습니다</translation>
        </message>
        <message>
            <source>two layers are named {0!r}</source>
            <translation>두 층의 이름이 똑같이 {0!r}입니다</translation>
        </message>
        <message>
            <source>layer {0!r} takes its input from {1!r}, which is not in the model</source>
            <translation>층 {0!r}은(는) 모델에 없는 {1!r}에서 입력을 받습니다</translation>
        </message>
        <message>
            <source>layers {0} feed each other in a cycle</source>
            <translation>층 {0}이(가) 순환을 이루며 서로에게 입력을 줍니다</translation>
        </message>
        <message>
            <source>{0}: not UTF-8 text ({1} at byte {2:d})</source>
            <translation>{0}: UTF-8 텍스트가 아닙니다({2:d}번째 바이트에서 {1})</translation>
        </message>
        <message>
            <source>{0}: line {1}: {2} (this is not valid Python, so it cannot be read)</source>
            <translation>{0}: {1}행: {2}(올바른 Python 코드가 아니므로 읽을 수 없습니다)</translation>
        </message>
        <message>
            <source>{0}: cannot be parsed as Python ({1})</source>
            <translation>{0}: Python 코드로 해석할 수 없습니다({1})</translation>
        </message>
        <message>
            <source>{0}: expressions nested too deeply to read</source>
            <translation>{0}: 식이 너무 깊이 중첩되어 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>{0}: not a readable ONNX model; the file is damaged, cut short or of another kind ({1})</source>
            <translation>{0}: 읽을 수 있는 ONNX 모델이 아닙니다. 파일이 손상되었거나 잘렸거나 다른 종류의 파일입니다({1})</translation>
        </message>
        <message>
            <source>{0}: its weights are stored beside it in {1}, which is missing</source>
            <translation>{0}: 가중치가 옆 파일 {1}에 저장되어 있는데 그 파일이 없습니다</translation>
        </message>
        <message>
            <source>{0}: its external weights cannot be read ({1})</source>
            <translation>{0}: 외부 파일에 저장된 가중치를 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>reading ONNX models needs the package onnx: pip install onnx</source>
            <translation>ONNX 모델을 읽으려면 onnx 패키지가 필요합니다: pip install onnx</translation>
        </message>
        <message>
            <source>{0}: not an ONNX model (it holds no graph)</source>
            <translation>{0}: ONNX 모델이 아닙니다(그래프가 없습니다)</translation>
        </message>
        <message>
            <source>{0}: not a valid ONNX model ({1})</source>
            <translation>{0}: 올바른 ONNX 모델이 아닙니다({1})</translation>
        </message>
        <message>
            <source>layer '{0}' ({1}): {2}</source>
            <translation>층 '{0}'({1}): {2}</translation>
        </message>
        <message>
            <source>it is called {0:d} times (a shared layer); each of our layers has its own weights and one use</source>
            <translation>{0:d}번 호출되는 공유 층입니다. 이 앱의 층은 저마다 자기 가중치를 갖고 한 번만 쓰입니다</translation>
        </message>
        <message>
            <source>it takes tensors as keyword arguments</source>
            <translation>텐서를 키워드 인수로 받습니다</translation>
        </message>
        <message>
            <source>it takes a second call or second output of a layer</source>
            <translation>어떤 층의 두 번째 호출이나 두 번째 출력을 받습니다</translation>
        </message>
        <message>
            <source>it takes one layer's output twice; ours connect two layers once</source>
            <translation>한 층의 출력을 두 번 받습니다. 이 앱에서는 두 층을 한 번만 연결합니다</translation>
        </message>
        <message>
            <source>it has {0:d} inputs, where ours takes {1:d}</source>
            <translation>입력이 {0:d}개인데 이 앱의 층은 {1:d}개를 받습니다</translation>
        </message>
        <message>
            <source>it has {0:d} inputs, where ours takes several</source>
            <translation>입력이 {0:d}개인데 이 앱의 층은 여러 개를 받습니다</translation>
        </message>
        <message>
            <source>the file holds {0:d} weight arrays for it, where ours has none</source>
            <translation>파일에는 이 층의 가중치 배열이 {0:d}개 있지만 이 앱의 층에는 가중치가 없습니다</translation>
        </message>
        <message>
            <source>the file holds no weights for it</source>
            <translation>파일에 이 층의 가중치가 없습니다</translation>
        </message>
        <message>
            <source>its weights should be {0}, but the file has {1}</source>
            <translation>가중치는 {0}이어야 하는데 파일에는 {1}이(가) 있습니다</translation>
        </message>
        <message>
            <source>its weights should be {0}, but the file has none</source>
            <translation>가중치는 {0}이어야 하는데 파일에는 가중치가 없습니다</translation>
        </message>
        <message>
            <source>layer '{0}' is an output of the model and also feeds other layers; ours take only end layers as outputs</source>
            <translation>층 '{0}'은(는) 모델의 출력이면서 다른 층에도 입력을 줍니다. 이 앱에서는 마지막 층만 출력이 될 수 있습니다</translation>
        </message>
        <message>
            <source>layer '{0}' is an output that flattens an image: ours list its values channels-first, Keras channels-last</source>
            <translation>층 '{0}'은(는) 이미지를 펼치는 출력입니다. 이 앱은 값을 채널 우선(channels-first) 순서로, Keras는 채널 마지막(channels-last) 순서로 나열합니다</translation>
        </message>
        <message>
            <source>layer '{0}' feeds nothing but is not an output of the Keras model</source>
            <translation>층 '{0}'은(는) 어느 층에도 입력을 주지 않지만 Keras 모델의 출력이 아닙니다</translation>
        </message>
        <message>
            <source>a custom class ({0}); its code is never run</source>
            <translation>사용자 정의 클래스({0})입니다. 그 코드는 실행하지 않습니다</translation>
        </message>
        <message>
            <source>a model nested inside the model; rebuild it as one flat network</source>
            <translation>모델 안에 든 모델입니다. 하나의 평평한 신경망으로 다시 만드세요</translation>
        </message>
        <message>
            <source>a Lambda layer holds Python code, which is never run</source>
            <translation>Lambda 층에는 Python 코드가 들어 있고, 코드는 실행하지 않습니다</translation>
        </message>
        <message>
            <source>Network Designer has no layer like Keras' {0}</source>
            <translation>Network Designer에는 Keras의 {0} 같은 층이 없습니다</translation>
        </message>
        <message>
            <source>its config is not an object</source>
            <translation>설정(config)이 객체가 아닙니다</translation>
        </message>
        <message>
            <source>a setting holds a value Keras does not write ({0})</source>
            <translation>Keras가 쓰지 않는 값이 설정에 들어 있습니다({0})</translation>
        </message>
        <message>
            <source>{0} is set ({1})</source>
            <translation>{0}이(가) 설정되어 있습니다({1})</translation>
        </message>
        <message>
            <source>ours have no penalty or constraint on PReLU slopes</source>
            <translation>이 앱에는 PReLU 기울기에 대한 규제나 제약이 없습니다</translation>
        </message>
        <message>
            <source>ours have no penalty or constraint on BatchNorm</source>
            <translation>이 앱에는 BatchNorm에 대한 규제나 제약이 없습니다</translation>
        </message>
        <message>
            <source>ours have no penalty or constraint on LayerNorm</source>
            <translation>이 앱에는 LayerNorm에 대한 규제나 제약이 없습니다</translation>
        </message>
        <message>
            <source>ours has only a kernel penalty and a kernel max_norm</source>
            <translation>이 앱에는 커널 규제와 커널 max_norm만 있습니다</translation>
        </message>
        <message>
            <source>ours are plain float weights</source>
            <translation>이 앱의 가중치는 일반 부동소수점 가중치입니다</translation>
        </message>
        <message>
            <source>ours drop single values</source>
            <translation>이 앱의 Dropout은 값을 하나씩 따로 끕니다</translation>
        </message>
        <message>
            <source>data_format {0!r}: only channels_last images are read</source>
            <translation>data_format {0!r}: channels_last 이미지만 읽습니다</translation>
        </message>
        <message>
            <source>{0} along axis {1} of shape {2}: ours work along axis {3} (features or channels)</source>
            <translation>모양 {2}의 축 {1}을(를) 따르는 {0}: 이 앱의 층은 축 {3}(특성 또는 채널)을 따라 동작합니다</translation>
        </message>
        <message>
            <source>{0} over shape {1}: ours act along the first axis of a sequence, Keras along the last</source>
            <translation>모양 {1}에 대한 {0}: 이 앱은 시퀀스의 첫 번째 축을, Keras는 마지막 축을 따라 적용합니다</translation>
        </message>
        <message>
            <source>max_value or threshold is set (ours: plain or leaky ReLU)</source>
            <translation>max_value나 threshold가 설정되어 있습니다(이 앱에는 일반 ReLU와 leaky ReLU만 있습니다)</translation>
        </message>
        <message>
            <source>PReLU over shape {0} with shared_axes {1}: ours learn one slope per unit of a vector, per channel of a sequence (shared_axes [2]) or per channel of an image (shared_axes [1, 2])</source>
            <translation>shared_axes {1}인 모양 {0}의 PReLU: 이 앱은 벡터에서는 유닛마다, 시퀀스에서는 채널마다(shared_axes [2]), 이미지에서는 채널마다(shared_axes [1, 2]) 기울기를 하나씩 학습합니다</translation>
        </message>
        <message>
            <source>it is frozen (ours always learn PReLU slopes)</source>
            <translation>고정(frozen)되어 있습니다(이 앱은 PReLU 기울기를 항상 학습합니다)</translation>
        </message>
        <message>
            <source>center or scale is off (ours always learn both)</source>
            <translation>center나 scale이 꺼져 있습니다(이 앱은 항상 둘 다 학습합니다)</translation>
        </message>
        <message>
            <source>center or scale is off (ours learn both)</source>
            <translation>center나 scale이 꺼져 있습니다(이 앱은 둘 다 학습합니다)</translation>
        </message>
        <message>
            <source>center or scale is off, or rms_scaling is on (ours learn both)</source>
            <translation>center나 scale이 꺼져 있거나 rms_scaling이 켜져 있습니다(이 앱은 둘 다 학습합니다)</translation>
        </message>
        <message>
            <source>batch renormalization or virtual batches</source>
            <translation>배치 재정규화(renorm)나 가상 배치를 씁니다</translation>
        </message>
        <message>
            <source>LayerNormalization of shape {0}: Keras learns a scale and an offset for every value it normalizes, ours one per channel, so only vectors import</source>
            <translation>모양 {0}의 LayerNormalization: Keras는 정규화하는 값마다 스케일과 오프셋을 학습하고 이 앱은 채널마다 하나씩 학습하므로, 벡터만 가져올 수 있습니다</translation>
        </message>
        <message>
            <source>groups {0}: ours normalize over all the values of a sample (groups 1)</source>
            <translation>groups {0}: 이 앱은 샘플의 모든 값에 걸쳐 정규화합니다(groups 1)</translation>
        </message>
        <message>
            <source>with the ZeroPadding2D before it and the Rescaling after it</source>
            <translation>앞의 ZeroPadding2D와 뒤의 Rescaling까지 함께 보면</translation>
        </message>
        <message>
            <source>{0}, it is 'same' average pooling only with padding 'valid', channels_last and no offset</source>
            <translation>{0} padding 'valid', channels_last, offset 없음일 때만 'same' 평균 풀링입니다</translation>
        </message>
        <message>
            <source>{0}: it pads (top, bottom, left, right) {1}, where 'same' pads {2}</source>
            <translation>{0}: (위, 아래, 왼쪽, 오른쪽) 패딩이 {1}인데 'same'의 패딩은 {2}입니다</translation>
        </message>
        <message>
            <source>{0}: its scale is not each window's cells / real cells, so it is not 'same' average pooling</source>
            <translation>{0}: 스케일이 창마다 '칸 수 / 실제 칸 수'가 아니므로 'same' 평균 풀링이 아닙니다</translation>
        </message>
        <message>
            <source>ours have no layer that rescales values; a Rescaling is read only as our Keras export writes uneven 'same' average pooling: ZeroPadding2D, AveragePooling2D('valid'), then Rescaling</source>
            <translation>이 앱에는 값의 크기를 바꾸는 층이 없습니다. Rescaling은 이 앱의 Keras 내보내기가 고르지 않은 'same' 평균 풀링을 쓰는 형태(ZeroPadding2D, AveragePooling2D('valid'), 그다음 Rescaling)일 때만 읽습니다</translation>
        </message>
        <message>
            <source>keepdims is true (ours give one value per channel, a vector)</source>
            <translation>keepdims가 true입니다(이 앱은 채널마다 값 하나, 즉 벡터를 출력합니다)</translation>
        </message>
        <message>
            <source>its shape {0} must give every size (without the batch)</source>
            <translation>모양 {0}에는 배치를 뺀 모든 크기가 있어야 합니다</translation>
        </message>
        <message>
            <source>inputs of shape {0}: ours take vectors, sequences or images (height, width, channels)</source>
            <translation>모양 {0}의 입력: 이 앱은 벡터, 시퀀스, 이미지(높이, 너비, 채널)만 받습니다</translation>
        </message>
        <message>
            <source>sparse or ragged inputs</source>
            <translation>희소(sparse) 입력이나 가변 길이(ragged) 입력입니다</translation>
        </message>
        <message>
            <source>the Permute((3, 1, 2)) before it takes shape {0}, not an image</source>
            <translation>앞의 Permute((3, 1, 2))가 이미지가 아닌 모양 {0}을(를) 받습니다</translation>
        </message>
        <message>
            <source>the Permute((2, 3, 1)) after it takes shape {0}, not an image</source>
            <translation>뒤의 Permute((2, 3, 1))가 이미지가 아닌 모양 {0}을(를) 받습니다</translation>
        </message>
        <message>
            <source>cannot reshape {0} into {1}</source>
            <translation>{0}을(를) {1}(으)로 바꿀 수 없습니다</translation>
        </message>
        <message>
            <source>reshaping {0} into the image {1} takes the values in Keras' channels-last order, which ours do not keep</source>
            <translation>{0}을(를) 이미지 {1}(으)로 바꾸면 Keras의 채널 마지막(channels-last) 순서로 값을 가져오는데, 이 앱은 그 순서를 유지하지 않습니다</translation>
        </message>
        <message>
            <source>reshaping {0} into {1} takes the values in Keras' channels-last order, which ours do not keep</source>
            <translation>{0}을(를) {1}(으)로 바꾸면 Keras의 채널 마지막(channels-last) 순서로 값을 가져오는데, 이 앱은 그 순서를 유지하지 않습니다</translation>
        </message>
        <message>
            <source>reshaping {0} into the image {1}: Keras fills it in (height, width, channels) order and ours in (channels, height, width) order, so the values would land elsewhere; the two agree only for one channel</source>
            <translation>{0}을(를) 이미지 {1}(으)로 바꾸기: Keras는 (높이, 너비, 채널) 순서로, 이 앱은 (채널, 높이, 너비) 순서로 채우므로 값이 다른 자리에 놓입니다. 채널이 하나일 때만 둘이 같습니다</translation>
        </message>
        <message>
            <source>ours keep images (channels, height, width) and have no layer that reorders axes; a Permute is read only where our Keras export writes one: Permute((3, 1, 2)) right before a Flatten or Reshape, or Permute((2, 3, 1)) right after a Reshape into an image</source>
            <translation>이 앱은 이미지를 (채널, 높이, 너비)로 두며 축의 순서를 바꾸는 층이 없습니다. Permute는 이 앱의 Keras 내보내기가 쓰는 자리에서만 읽습니다: Flatten이나 Reshape 바로 앞의 Permute((3, 1, 2)), 또는 이미지로 바꾸는 Reshape 바로 뒤의 Permute((2, 3, 1))</translation>
        </message>
        <message>
            <source>it adds vectors flattened from images of other shapes, whose values ours order differently</source>
            <translation>모양이 다른 이미지를 펼친 벡터들을 더하는데, 이 앱은 그 값들을 다른 순서로 둡니다</translation>
        </message>
        <message>
            <source>axis {0!r} is not a whole number</source>
            <translation>축 {0!r}이(가) 정수가 아닙니다</translation>
        </message>
        <message>
            <source>axis {0} is the batch axis or no axis of shape {1}</source>
            <translation>축 {0}은(는) 배치 축이거나 모양 {1}에 없는 축입니다</translation>
        </message>
        <message>
            <source>dilation_rate {0} (ours convolve without gaps)</source>
            <translation>dilation_rate {0}(이 앱은 간격 없이 합성곱합니다)</translation>
        </message>
        <message>
            <source>groups {0} (ours connect every input channel)</source>
            <translation>groups {0}(이 앱은 모든 입력 채널을 연결합니다)</translation>
        </message>
        <message>
            <source>padding {0!r} (ours: valid or same)</source>
            <translation>padding {0!r}(이 앱에는 valid와 same만 있습니다)</translation>
        </message>
        <message>
            <source>{0!r} is not a Keras object</source>
            <translation>{0!r}은(는) Keras 객체가 아닙니다</translation>
        </message>
        <message>
            <source>custom object {0!r}</source>
            <translation>사용자 정의 객체 {0!r}입니다</translation>
        </message>
        <message>
            <source>custom activation {0!r}</source>
            <translation>사용자 정의 활성화 함수 {0!r}입니다</translation>
        </message>
        <message>
            <source>activation {0!r} is not a name</source>
            <translation>활성화 함수 {0!r}이(가) 이름이 아닙니다</translation>
        </message>
        <message>
            <source>Keras 2's hard_sigmoid is clip(0.2 x + 0.5, 0, 1); ours (Keras 3's) is clip((x + 3) / 6, 0, 1)</source>
            <translation>Keras 2의 hard_sigmoid는 clip(0.2 x + 0.5, 0, 1)이고, 이 앱(Keras 3)의 것은 clip((x + 3) / 6, 0, 1)입니다</translation>
        </message>
        <message>
            <source>activation {0!r} is not one Network Designer has</source>
            <translation>활성화 함수 {0!r}은(는) Network Designer에 없습니다</translation>
        </message>
        <message>
            <source>{0} VarianceScaling(scale={1}, mode={2!r}, distribution={3!r}) is none of ours (Glorot, He, LeCun)</source>
            <translation>{0} VarianceScaling(scale={1}, mode={2!r}, distribution={3!r})은(는) 이 앱의 초기화 방법(Glorot, He, LeCun) 중 어느 것도 아닙니다</translation>
        </message>
        <message>
            <source>{0} {1!r} is not one Network Designer has</source>
            <translation>{0} {1!r}은(는) Network Designer에 없습니다</translation>
        </message>
        <message>
            <source>kernel_regularizer {0} is not L1, L2 or L1L2</source>
            <translation>kernel_regularizer {0}은(는) L1, L2, L1L2 중 하나가 아닙니다</translation>
        </message>
        <message>
            <source>kernel_constraint {0} is not MaxNorm</source>
            <translation>kernel_constraint {0}은(는) MaxNorm이 아닙니다</translation>
        </message>
        <message>
            <source>MaxNorm axis {0!r} is not whole numbers</source>
            <translation>MaxNorm의 axis {0!r}이(가) 정수가 아닙니다</translation>
        </message>
        <message>
            <source>MaxNorm over axis {0}: ours bounds each unit's incoming weights (Keras axis {1})</source>
            <translation>축 {0}에 대한 MaxNorm: 이 앱은 각 유닛으로 들어오는 가중치를 제한합니다(Keras의 축 {1})</translation>
        </message>
        <message>
            <source>{0} {1!r} is not a number</source>
            <translation>{0} {1!r}이(가) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>compile(): {0}</source>
            <translation>compile(): {0}</translation>
        </message>
        <message>
            <source> (line {0:d})</source>
            <translation> ({0:d}행)</translation>
        </message>
        <message>
            <source> ({0})</source>
            <translation> ({0})</translation>
        </message>
        <message>
            <source>no Keras model is built here (Sequential([...]), model.add(...) or keras.Model(inputs, outputs))</source>
            <translation>여기서는 Keras 모델을 만들지 않습니다(Sequential([...]), model.add(...), keras.Model(inputs, outputs)가 없습니다)</translation>
        </message>
        <message>
            <source>{0} `{1}`{2} is only known when the code runs{3}</source>
            <translation>{0} `{1}`{2}은(는) 코드를 실행해야만 알 수 있습니다{3}</translation>
        </message>
        <message>
            <source>`{0}`{1} is not a Keras layer ({2}); custom layers cannot be imported</source>
            <translation>`{0}`{1}은(는) Keras 층이 아닙니다({2}). 사용자 정의 층은 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>`{0}`{1} is not a Keras layer: it is only known when the code runs</source>
            <translation>`{0}`{1}은(는) Keras 층이 아닙니다. 코드를 실행해야만 알 수 있는 값입니다</translation>
        </message>
        <message>
            <source>`{0}` is a whole model (line {1:d}) used as a layer; models inside models cannot be imported</source>
            <translation>`{0}`은(는) 층으로 쓰인 모델 전체({1:d}행)입니다. 모델 안의 모델은 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>`{0}` is not a Keras layer</source>
            <translation>`{0}`은(는) Keras 층이 아닙니다</translation>
        </message>
        <message>
            <source>{0}: the positional arguments of {1} are not known here; write them as name=value</source>
            <translation>{0}: {1}의 위치 인수는 여기서 의미를 알 수 없습니다. name=value 형태로 쓰세요</translation>
        </message>
        <message>
            <source>the positional arguments of {0} are not known here; write them as name=value</source>
            <translation>{0}의 위치 인수는 여기서 의미를 알 수 없습니다. name=value 형태로 쓰세요</translation>
        </message>
        <message>
            <source>{0} is {1}, which a layer config cannot hold</source>
            <translation>{0}은(는) {1}(이)라서 층 설정에 담을 수 없습니다</translation>
        </message>
        <message>
            <source>{0} is {1}, not a plain value</source>
            <translation>{0}은(는) 단순한 값이 아니라 {1}입니다</translation>
        </message>
        <message>
            <source>the output of layer '{0}'</source>
            <translation>층 '{0}'의 출력</translation>
        </message>
        <message>
            <source>the layer '{0}' (line {1:d})</source>
            <translation>층 '{0}'({1:d}행)</translation>
        </message>
        <message>
            <source>a model (line {0:d})</source>
            <translation>모델({0:d}행)</translation>
        </message>
        <message>
            <source>a {0} (line {1:d})</source>
            <translation>{0}({1:d}행)</translation>
        </message>
        <message>
            <source>{0} comes from {1}</source>
            <translation>{0}은(는) {1}에서 옵니다</translation>
        </message>
        <message>
            <source>a lambda is code of the file</source>
            <translation>lambda는 파일 안의 코드입니다</translation>
        </message>
        <message>
            <source>{0} is changed at line {1:d}</source>
            <translation>{0}은(는) {1:d}행에서 바뀝니다</translation>
        </message>
        <message>
            <source>{0} is a class defined at line {1:d}</source>
            <translation>{0}은(는) {1:d}행에서 정의한 클래스입니다</translation>
        </message>
        <message>
            <source>{0} is a function defined at line {1:d}</source>
            <translation>{0}은(는) {1:d}행에서 정의한 함수입니다</translation>
        </message>
        <message>
            <source>{0} is set inside {1} at line {2:d}</source>
            <translation>{0}은(는) {2:d}행의 {1} 안에서 정해집니다</translation>
        </message>
        <message>
            <source>`{0}` computes on tensors; only Keras layers can be imported (e.g. layers.Add()([a, b]))</source>
            <translation>`{0}`은(는) 텐서로 계산합니다. Keras 층만 가져올 수 있습니다(예: layers.Add()([a, b]))</translation>
        </message>
        <message>
            <source>`{0}` is an operation on tensors, not a Keras layer; it cannot be imported</source>
            <translation>`{0}`은(는) Keras 층이 아니라 텐서 연산이므로 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>builds layers</source>
            <translation>층을 만듭니다</translation>
        </message>
        <message>
            <source>trains the model</source>
            <translation>모델을 학습시킵니다</translation>
        </message>
        <message>
            <source>a for loop</source>
            <translation>for 반복문</translation>
        </message>
        <message>
            <source>a while loop</source>
            <translation>while 반복문</translation>
        </message>
        <message>
            <source>an if statement</source>
            <translation>if 문</translation>
        </message>
        <message>
            <source>a try statement</source>
            <translation>try 문</translation>
        </message>
        <message>
            <source>a match statement</source>
            <translation>match 문</translation>
        </message>
        <message>
            <source>a comprehension {0}; write each layer out</source>
            <translation>컴프리헨션에서 {0}. 층을 하나씩 따로 쓰세요</translation>
        </message>
        <message>
            <source>the class {0} {1}: a custom layer or model, which cannot be imported</source>
            <translation>클래스 {0}에서 {1}: 사용자 정의 층이나 모델이므로 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>the function {0} {1}; write the model at the top level of the file (the code is read, not run, so functions are not followed)</source>
            <translation>함수 {0}에서 {1}. 모델은 파일의 맨 바깥 수준에 쓰세요(코드는 실행하지 않고 읽기만 하므로 함수 안은 따라가지 않습니다)</translation>
        </message>
        <message>
            <source>{0} builds layers; write each step out at the top level (the code is read, not run)</source>
            <translation>{0}에서 층을 만듭니다. 각 단계를 파일의 맨 바깥 수준에 하나씩 쓰세요(코드는 실행하지 않고 읽기만 합니다)</translation>
        </message>
        <message>
            <source>{0} trains the model; write each step out at the top level (the code is read, not run)</source>
            <translation>{0}에서 모델을 학습시킵니다. 각 단계를 파일의 맨 바깥 수준에 하나씩 쓰세요(코드는 실행하지 않고 읽기만 합니다)</translation>
        </message>
        <message>
            <source>`{0} = ...` changes the model after it is built; that cannot be read</source>
            <translation>`{0} = ...`은(는) 만든 뒤의 모델을 바꿉니다. 이런 코드는 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>{0} is given {1:d} positional arguments; the meaning of the ones after {2:d} is not known here, write them as name=value</source>
            <translation>{0}에 위치 인수가 {1:d}개 주어졌습니다. {2:d}번째 이후 인수의 의미는 여기서 알 수 없으니 name=value 형태로 쓰세요</translation>
        </message>
        <message>
            <source>{0}(**...): arguments unpacked from a dict cannot be read; write them as name=value</source>
            <translation>{0}(**...): dict에서 풀어 넘긴 인수는 읽을 수 없습니다. name=value 형태로 쓰세요</translation>
        </message>
        <message>
            <source>{0} is given {1} twice</source>
            <translation>{0}에 {1}이(가) 두 번 주어졌습니다</translation>
        </message>
        <message>
            <source>{0}'s name must be a string</source>
            <translation>{0}의 name은 문자열이어야 합니다</translation>
        </message>
        <message>
            <source>{0} must be a shape like (28, 28, 1), given {1!r}</source>
            <translation>{0}은(는) (28, 28, 1) 같은 모양이어야 하는데 {1!r}이(가) 주어졌습니다</translation>
        </message>
        <message>
            <source>the input's shape</source>
            <translation>입력의 shape</translation>
        </message>
        <message>
            <source>the input's batch_shape</source>
            <translation>입력의 batch_shape</translation>
        </message>
        <message>
            <source>`{0}` does not say its shape; write shape=(...)</source>
            <translation>`{0}`에 모양이 없습니다. shape=(...)를 쓰세요</translation>
        </message>
        <message>
            <source>an input made from an existing tensor cannot be imported</source>
            <translation>기존 텐서로 만든 입력은 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>the layer '{0}' (line {1:d}) is used a second time; shared layers cannot be imported</source>
            <translation>층 '{0}'({1:d}행)이(가) 두 번째로 쓰입니다. 공유 층은 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>`{0}`: a layer is called with its inputs only here; other call arguments (training=, mask=) cannot be imported</source>
            <translation>`{0}`: 여기서는 층을 입력만 넣어 호출해야 합니다. 다른 호출 인수(training=, mask=)는 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>`{0}` calls a whole model (line {1:d}) as a layer; models inside models cannot be imported</source>
            <translation>`{0}`은(는) 모델 전체({1:d}행)를 층처럼 호출합니다. 모델 안의 모델은 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>a Lambda layer runs code (`{0}`); it cannot be imported</source>
            <translation>Lambda 층은 코드를 실행합니다(`{0}`). 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>a bare Layer (`{0}`); it cannot be imported</source>
            <translation>기본 Layer 클래스입니다(`{0}`). 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>the layers `{0}` are only known when the code runs</source>
            <translation>층 목록 `{0}`은(는) 코드를 실행해야만 알 수 있습니다</translation>
        </message>
        <message>
            <source>a subclassed model or a Model without inputs and outputs cannot be imported; write keras.Model(inputs, outputs)</source>
            <translation>서브클래스 모델이나 inputs와 outputs가 없는 Model은 가져올 수 없습니다. keras.Model(inputs, outputs)로 쓰세요</translation>
        </message>
        <message>
            <source>the model's {0} `{1}` (line {2:d}) are not the output of Keras layers</source>
            <translation>모델의 {0} `{1}`({2:d}행)은(는) Keras 층의 출력이 아닙니다</translation>
        </message>
        <message>
            <source>the model's {0} must be Keras tensors</source>
            <translation>모델의 {0}은(는) Keras 텐서여야 합니다</translation>
        </message>
        <message>
            <source>the model's input '{0}' is not made by keras.Input(...)</source>
            <translation>모델의 입력 '{0}'은(는) keras.Input(...)으로 만든 것이 아닙니다</translation>
        </message>
        <message>
            <source>add() belongs to Sequential models</source>
            <translation>add()는 Sequential 모델에만 있습니다</translation>
        </message>
        <message>
            <source>an input can only come first in a Sequential model</source>
            <translation>Sequential 모델에서 입력은 맨 앞에만 올 수 있습니다</translation>
        </message>
        <message>
            <source>the Sequential model never states its input shape; give its first layer input_shape=(...) or begin with keras.Input(shape=(...))</source>
            <translation>Sequential 모델에 입력 모양이 없습니다. 첫 층에 input_shape=(...)를 주거나 keras.Input(shape=(...))으로 시작하세요</translation>
        </message>
        <message>
            <source>the model's outputs need the input '{0}' (line {1:d}), which is not among its inputs</source>
            <translation>모델의 출력에는 입력 '{0}'({1:d}행)이(가) 필요한데, 이 입력이 모델의 입력에 없습니다</translation>
        </message>
        <message>
            <source>two layers are named '{0}' (lines {1:d} and {2:d})</source>
            <translation>두 층의 이름이 똑같이 '{0}'입니다({1:d}행과 {2:d}행)</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <source>a callback</source>
            <translation>콜백</translation>
        </message>
        <message>
            <source>{0}'s {1}={2!r} cannot be imported (only {3!r})</source>
            <translation>{0}의 {1}={2!r}은(는) 가져올 수 없습니다({3!r}만 됩니다)</translation>
        </message>
        <message>
            <source>{0} must be a Keras optimizer, given {1!r}</source>
            <translation>{0}은(는) Keras 옵티마이저여야 하는데 {1!r}이(가) 주어졌습니다</translation>
        </message>
        <message>
            <source>{0} must be a Keras loss, given {1!r}</source>
            <translation>{0}은(는) Keras 손실 함수여야 하는데 {1!r}이(가) 주어졌습니다</translation>
        </message>
        <message>
            <source>the optimizer {0} has no counterpart here (optimizers: {1})</source>
            <translation>옵티마이저 {0}에 해당하는 것이 이 앱에 없습니다(옵티마이저: {1})</translation>
        </message>
        <message>
            <source>{0} is the schedule {1}; learning-rate schedules are not imported (choose one in the training settings)</source>
            <translation>{0}은(는) 스케줄 {1}입니다. 학습률 스케줄은 가져오지 않습니다(학습 설정에서 고르세요)</translation>
        </message>
        <message>
            <source>{0}'s clipnorm clips each weight's gradients on their own, which ours do not (global_clipnorm, all gradients together, is read)</source>
            <translation>{0}의 clipnorm은 가중치마다 기울기를 따로 자르는데, 이 앱은 그렇게 하지 않습니다(모든 기울기를 함께 자르는 global_clipnorm은 읽습니다)</translation>
        </message>
        <message>
            <source>{0}'s argument {1} cannot be imported</source>
            <translation>{0}의 인수 {1}은(는) 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>one loss per output cannot be imported (one loss only)</source>
            <translation>출력마다 다른 손실 함수는 가져올 수 없습니다(손실 함수는 하나만 됩니다)</translation>
        </message>
        <message>
            <source>the loss {0} has no counterpart here (losses: {1})</source>
            <translation>손실 함수 {0}에 해당하는 것이 이 앱에 없습니다(손실 함수: {1})</translation>
        </message>
        <message>
            <source>{0}'s reduction={1!r} cannot be imported (the mean over the batch only)</source>
            <translation>{0}의 reduction={1!r}은(는) 가져올 수 없습니다(배치 평균만 됩니다)</translation>
        </message>
        <message>
            <source>the callback {0} (line {1:d}) cannot be imported</source>
            <translation>콜백 {0}({1:d}행)은(는) 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>a callback must be a Keras callback, given {0!r}</source>
            <translation>콜백은 Keras 콜백이어야 하는데 {0!r}이(가) 주어졌습니다</translation>
        </message>
        <message>
            <source>{0} watches {1!r} (mode {2!r}); only the loss or val_loss can be imported</source>
            <translation>{0}은(는) {1!r}을(를) 지켜봅니다(mode {2!r}). loss나 val_loss를 지켜보는 것만 가져올 수 있습니다</translation>
        </message>
        <message>
            <source>node '{0}' ({1})</source>
            <translation>노드 '{0}'({1})</translation>
        </message>
        <message>
            <source>node #{0:d} ({1})</source>
            <translation>노드 #{0:d}({1})</translation>
        </message>
        <message>
            <source>input '{0}'</source>
            <translation>입력 '{0}'</translation>
        </message>
        <message>
            <source>output '{0}'</source>
            <translation>출력 '{0}'</translation>
        </message>
        <message>
            <source>cannot be read ({0})</source>
            <translation>읽을 수 없습니다({0})</translation>
        </message>
        <message>
            <source>not a tensor</source>
            <translation>텐서가 아닙니다</translation>
        </message>
        <message>
            <source>holds whole numbers or text; Network Designer's inputs are real numbers</source>
            <translation>정수나 텍스트가 들어 있습니다. Network Designer의 입력은 실수입니다</translation>
        </message>
        <message>
            <source>needs a shape with a batch axis and at least one more axis</source>
            <translation>배치 축과 적어도 하나의 다른 축이 있는 모양이어야 합니다</translation>
        </message>
        <message>
            <source>its sizes {0} (after the batch) are not all fixed; Network Designer's Input needs a fixed shape</source>
            <translation>배치 뒤의 크기 {0}이(가) 모두 정해져 있지 않습니다. Network Designer의 Input에는 정해진 모양이 필요합니다</translation>
        </message>
        <message>
            <source>does not depend on the input</source>
            <translation>입력과 관계가 없습니다</translation>
        </message>
        <message>
            <source>is an input passed straight through</source>
            <translation>입력을 그대로 내보냅니다</translation>
        </message>
        <message>
            <source>outputs '{0}' and '{1}' are the same values; Network Designer gives each output once</source>
            <translation>출력 '{0}'과(와) '{1}'은(는) 같은 값입니다. Network Designer는 출력마다 한 번씩만 내보냅니다</translation>
        </message>
        <message>
            <source>output '{0}' is also read inside the network; Network Designer's outputs are the layers nothing reads</source>
            <translation>출력 '{0}'을(를) 신경망 안에서도 읽습니다. Network Designer의 출력은 어느 층도 읽지 않는 층입니다</translation>
        </message>
        <message>
            <source>{0} is a custom op (domain '{1}'), not a standard ONNX op</source>
            <translation>{0}은(는) 표준 ONNX 연산이 아니라 사용자 정의 연산(domain '{1}')입니다</translation>
        </message>
        <message>
            <source>{0} has no Network Designer layer</source>
            <translation>{0}에 해당하는 Network Designer 층이 없습니다</translation>
        </message>
        <message>
            <source>its output '{0}' is used; only the first output of a {1} can be imported</source>
            <translation>출력 '{0}'이(가) 쓰입니다. {1}은(는) 첫 번째 출력만 가져올 수 있습니다</translation>
        </message>
        <message>
            <source>Network Designer's layers would give shape {0} where the file has {1} (batch left out)</source>
            <translation>Network Designer의 층은 모양 {0}을(를) 내는데 파일에는 {1}(으)로 되어 있습니다(배치 제외)</translation>
        </message>
        <message>
            <source>its input {0:d} is missing</source>
            <translation>입력 {0:d}이(가) 없습니다</translation>
        </message>
        <message>
            <source>its input '{0}' is a constant; Network Designer's layers take data that flows from the network's input</source>
            <translation>입력 '{0}'이(가) 상수입니다. Network Designer의 층은 신경망의 입력에서 흘러오는 데이터만 받습니다</translation>
        </message>
        <message>
            <source>it has no {0}</source>
            <translation>{0}이(가) 없습니다</translation>
        </message>
        <message>
            <source>its {0} '{1}' cannot be read ({2})</source>
            <translation>{0} '{1}'을(를) 읽을 수 없습니다({2})</translation>
        </message>
        <message>
            <source>its {0} '{1}' is computed from the input, not stored in the file</source>
            <translation>{0} '{1}'은(는) 파일에 저장된 값이 아니라 입력으로 계산됩니다</translation>
        </message>
        <message>
            <source>its {0} '{1}' holds {2} values, not numbers</source>
            <translation>{0} '{1}'에는 숫자가 아니라 {2} 값이 들어 있습니다</translation>
        </message>
        <message>
            <source>its {0} '{1}' are computed, not stored in the file</source>
            <translation>{0} '{1}'은(는) 파일에 저장된 값이 아니라 계산됩니다</translation>
        </message>
        <message>
            <source>{0} has shape {1}, which is not one number per channel of its ({2:d}-channel) input; Network Designer cannot express that broadcast</source>
            <translation>{0}의 모양 {1}은(는) ({2:d}채널) 입력의 채널마다 숫자 하나인 모양이 아닙니다. Network Designer로는 그런 브로드캐스트를 나타낼 수 없습니다</translation>
        </message>
        <message>
            <source>its input has shape {0} (batch left out); Network Designer's {1} takes {2}</source>
            <translation>입력의 모양이 {0}입니다(배치 제외). Network Designer의 {1}은(는) {2}만 받습니다</translation>
        </message>
        <message>
            <source>vectors</source>
            <translation>벡터</translation>
        </message>
        <message>
            <source>images (C, H, W)</source>
            <translation>이미지 (C, H, W)</translation>
        </message>
        <message>
            <source>vectors or sequences (channels, length) or images (C, H, W)</source>
            <translation>벡터, 시퀀스 (채널, 길이), 이미지 (C, H, W)</translation>
        </message>
        <message>
            <source>adds a constant to a value that is not the output of a Dense or Conv2D layer without a bias (read only there); Network Designer has no layer for that</source>
            <translation>편향 없는 Dense나 Conv2D 층의 출력이 아닌 값에 상수를 더합니다(그 자리에서만 편향으로 읽습니다). Network Designer에는 이런 층이 없습니다</translation>
        </message>
        <message>
            <source>reads the same values more than once; Network Designer's {0} merges distinct layers</source>
            <translation>같은 값을 두 번 이상 읽습니다. Network Designer의 {0}은(는) 서로 다른 층을 합칩니다</translation>
        </message>
        <message>
            <source>control flow (a loop) cannot become layers</source>
            <translation>제어 흐름(반복)은 층이 될 수 없습니다</translation>
        </message>
        <message>
            <source>control flow (a branch) cannot become layers</source>
            <translation>제어 흐름(분기)은 층이 될 수 없습니다</translation>
        </message>
        <message>
            <source>control flow (a scan) cannot become layers</source>
            <translation>제어 흐름(scan)은 층이 될 수 없습니다</translation>
        </message>
        <message>
            <source>recurrent layers (LSTM) are not part of Network Designer</source>
            <translation>순환 층(LSTM)은 Network Designer에 없습니다</translation>
        </message>
        <message>
            <source>recurrent layers (GRU) are not part of Network Designer</source>
            <translation>순환 층(GRU)은 Network Designer에 없습니다</translation>
        </message>
        <message>
            <source>recurrent layers (RNN) are not part of Network Designer</source>
            <translation>순환 층(RNN)은 Network Designer에 없습니다</translation>
        </message>
        <message>
            <source>Erf outside the GELU pattern x * 0.5 * (1 + erf(x / sqrt(2)))</source>
            <translation>GELU 패턴 x * 0.5 * (1 + erf(x / sqrt(2))) 밖에서 쓰인 Erf입니다</translation>
        </message>
        <message>
            <source>{0} has no Network Designer activation</source>
            <translation>{0}에 해당하는 Network Designer 활성화 함수가 없습니다</translation>
        </message>
        <message>
            <source>the tanh approximation of GELU; Network Designer's gelu is exact</source>
            <translation>GELU의 tanh 근사입니다. Network Designer의 gelu는 정확한 식을 씁니다</translation>
        </message>
        <message>
            <source>Selu with alpha={0}, gamma={1}; ours uses the self-normalizing constants</source>
            <translation>alpha={0}, gamma={1}인 Selu입니다. 이 앱은 자기 정규화(self-normalizing) 상수를 씁니다</translation>
        </message>
        <message>
            <source>HardSigmoid with alpha={0}, beta={1}; ours is clip((x + 3) / 6, 0, 1) (alpha=1/6, beta=0.5)</source>
            <translation>alpha={0}, beta={1}인 HardSigmoid입니다. 이 앱의 것은 clip((x + 3) / 6, 0, 1)(alpha=1/6, beta=0.5)입니다</translation>
        </message>
        <message>
            <source>softmax over axis {0} of a {1:d}-D tensor; Network Designer's softmax runs over units (vectors) or channels</source>
            <translation>{1:d}차원 텐서의 축 {0}에 대한 softmax입니다. Network Designer의 softmax는 유닛(벡터)이나 채널에 걸쳐 계산합니다</translation>
        </message>
        <message>
            <source>a {0:d}-D window; Network Designer pools images only</source>
            <translation>{0:d}차원 창입니다. Network Designer는 이미지만 풀링합니다</translation>
        </message>
        <message>
            <source>dilated pooling windows</source>
            <translation>간격이 있는(dilated) 풀링 창입니다</translation>
        </message>
        <message>
            <source>mode {0!r} padding; ZeroPadding2D adds zeros</source>
            <translation>mode {0!r} 패딩입니다. ZeroPadding2D는 0을 채웁니다</translation>
        </message>
        <message>
            <source>its pads are computed at run time</source>
            <translation>패딩이 실행할 때 계산됩니다</translation>
        </message>
        <message>
            <source>it pads with {0}; ZeroPadding2D adds zeros</source>
            <translation>{0}(으)로 채웁니다. ZeroPadding2D는 0을 채웁니다</translation>
        </message>
        <message>
            <source>padding chosen axes (an 'axes' input)</source>
            <translation>고른 축만 채웁니다('axes' 입력)</translation>
        </message>
        <message>
            <source>pads {0}: ZeroPadding2D adds zeros around height and width only</source>
            <translation>패딩 {0}: ZeroPadding2D는 높이와 너비 둘레에만 0을 채웁니다</translation>
        </message>
        <message>
            <source>ceil_mode=1 adds a partial window at the edge; Network Designer's pooling keeps whole windows only</source>
            <translation>ceil_mode=1은 가장자리에 일부만 걸친 창을 더합니다. Network Designer의 풀링은 온전한 창만 씁니다</translation>
        </message>
        <message>
            <source>reduces over {0}; only the mean or maximum over an image's height and width (axes [2, 3]) is a global pooling layer</source>
            <translation>{0}에 걸쳐 줄입니다. 이미지의 높이와 너비(축 [2, 3])에 걸친 평균이나 최댓값만 전역 풀링 층이 됩니다</translation>
        </message>
        <message>
            <source>auto_pad SAME_LOWER puts the odd padding row first; Keras' 'same' puts it last</source>
            <translation>auto_pad SAME_LOWER는 남는 패딩 줄을 앞에 두고, Keras의 'same'은 뒤에 둡니다</translation>
        </message>
        <message>
            <source>pads {0} (top, left, bottom, right) are neither 'valid' (none) nor 'same' ({1} for its {2}x{3} input at strides {4}); Network Designer pads only these two ways</source>
            <translation>패딩 {0}(위, 왼쪽, 아래, 오른쪽)은 'valid'(없음)도 'same'(입력 {2}x{3}, strides {4}에서는 {1})도 아닙니다. Network Designer는 이 두 방식으로만 패딩합니다</translation>
        </message>
        <message>
            <source>flattens from axis {0}, which mixes the batch with other axes; only axis 1 keeps the batch apart</source>
            <translation>축 {0}부터 펼치므로 배치가 다른 축과 섞입니다. 축 1부터 펼쳐야 배치가 따로 남습니다</translation>
        </message>
        <message>
            <source>its target shape is computed from values Network Designer cannot fold into a fixed shape</source>
            <translation>목표 모양을 Network Designer가 정해진 모양으로 바꿀 수 없는 값으로 계산합니다</translation>
        </message>
        <message>
            <source>reshapes its {0} input (batch left out) to {1}, which does not keep the batch axis apart</source>
            <translation>입력 {0}(배치 제외)을(를) {1}(으)로 바꾸는데, 그러면 배치 축이 따로 남지 않습니다</translation>
        </message>
        <message>
            <source>squeezes axes {0} of a {1} input (batch left out); only axes of size 1 besides the batch can go</source>
            <translation>입력 {1}(배치 제외)의 축 {0}을(를) 없앱니다. 배치 말고 크기가 1인 축만 없앨 수 있습니다</translation>
        </message>
        <message>
            <source>unsqueezes the batch axis</source>
            <translation>배치 축에 새 축을 끼워 넣습니다</translation>
        </message>
        <message>
            <source>leaves nothing but the batch axis</source>
            <translation>배치 축만 남깁니다</translation>
        </message>
        <message>
            <source>adds tensors of shapes {0} by broadcasting; Network Designer's Add needs equal shapes</source>
            <translation>모양이 {0}인 텐서들을 브로드캐스트로 더합니다. Network Designer의 Add는 모양이 같아야 합니다</translation>
        </message>
        <message>
            <source>adds constants; Network Designer's Add merges layer outputs</source>
            <translation>상수를 더합니다. Network Designer의 Add는 층의 출력들을 합칩니다</translation>
        </message>
        <message>
            <source>concatenates along the batch axis</source>
            <translation>배치 축을 따라 이어 붙입니다</translation>
        </message>
        <message>
            <source>Dropout in training mode drops values at prediction time</source>
            <translation>학습 모드의 Dropout은 예측할 때도 값을 끕니다</translation>
        </message>
        <message>
            <source>transA=1 multiplies across the batch; only transA=0 is a Dense layer</source>
            <translation>transA=1은 배치에 걸쳐 곱합니다. transA=0일 때만 Dense 층입니다</translation>
        </message>
        <message>
            <source>its matrix B has shape {0}, not 2-D</source>
            <translation>행렬 B의 모양이 2차원이 아닌 {0}입니다</translation>
        </message>
        <message>
            <source>its matrix takes {0:d} inputs but gets {1:d}</source>
            <translation>행렬은 입력 {0:d}개를 받는데 {1:d}개가 들어옵니다</translation>
        </message>
        <message>
            <source>multiplies its ({0:d},) input by a {1} matrix; a Dense layer needs an (inputs, units) matrix</source>
            <translation>({0:d},) 입력에 {1} 행렬을 곱합니다. Dense 층에는 (입력, 유닛) 행렬이 필요합니다</translation>
        </message>
        <message>
            <source>a {0:d}-D convolution; Network Designer has Conv2D only</source>
            <translation>{0:d}차원 합성곱입니다. Network Designer에는 Conv2D만 있습니다</translation>
        </message>
        <message>
            <source>group={0} (a grouped or depthwise convolution); Conv2D connects every input channel to every filter</source>
            <translation>group={0}(그룹 합성곱 또는 depthwise 합성곱)입니다. Conv2D는 모든 입력 채널을 모든 필터에 연결합니다</translation>
        </message>
        <message>
            <source>dilations {0}; Conv2D has no dilation</source>
            <translation>dilations {0}: Conv2D에는 dilation이 없습니다</translation>
        </message>
        <message>
            <source>its kernel takes {0:d} channels but gets {1:d}</source>
            <translation>커널은 채널 {0:d}개를 받는데 {1:d}개가 들어옵니다</translation>
        </message>
        <message>
            <source>training_mode=1 normalizes with each batch's own statistics</source>
            <translation>training_mode=1은 배치마다 그 배치의 통계로 정규화합니다</translation>
        </message>
        <message>
            <source>spatial=0 keeps statistics per position, not per channel</source>
            <translation>spatial=0은 채널마다가 아니라 위치마다 통계를 둡니다</translation>
        </message>
        <message>
            <source>normalizes a {0} input from axis {1}; Network Designer's LayerNorm matches ONNX's on vectors only</source>
            <translation>입력 {0}을(를) 축 {1}부터 정규화합니다. Network Designer의 LayerNorm은 벡터에서만 ONNX의 것과 같습니다</translation>
        </message>
        <message>
            <source>dataset must be an object like {{"name": "xor"}}, {{"csv": "file.csv", "target": "column"}} or {{"npz": "file.npz"}}</source>
            <translation>dataset은 {{"name": "xor"}}, {{"csv": "file.csv", "target": "column"}}, {{"npz": "file.npz"}} 같은 객체여야 합니다</translation>
        </message>
        <message>
            <source>dataset needs a "name" (a built-in set), "csv" or "npz"</source>
            <translation>dataset에는 "name"(내장 데이터셋), "csv", "npz" 중 하나가 있어야 합니다</translation>
        </message>
        <message>
            <source>dataset {0}: {1}</source>
            <translation>데이터셋 {0}: {1}</translation>
        </message>
        <message>
            <source>dataset {0}: unknown option {1!r} (options: {2})</source>
            <translation>데이터셋 {0}: 알 수 없는 옵션 {1!r}입니다(옵션: {2})</translation>
        </message>
        <message>
            <source>dataset {0}: unknown option {1!r} (options: none)</source>
            <translation>데이터셋 {0}: 알 수 없는 옵션 {1!r}입니다(옵션이 없습니다)</translation>
        </message>
        <message>
            <source>a CSV dataset takes {0}; unknown: {1}</source>
            <translation>CSV 데이터셋에 쓸 수 있는 키는 {0}입니다. 알 수 없는 키: {1}</translation>
        </message>
        <message>
            <source>an NPZ dataset takes {0}; unknown: {1}</source>
            <translation>NPZ 데이터셋에 쓸 수 있는 키는 {0}입니다. 알 수 없는 키: {1}</translation>
        </message>
        <message>
            <source>dataset {0!r}: {1:d} inputs but {2:d} targets</source>
            <translation>데이터셋 {0!r}: 입력은 {1:d}개인데 타깃은 {2:d}개입니다</translation>
        </message>
        <message>
            <source>{0}: not an IDX file</source>
            <translation>{0}: IDX 파일이 아닙니다</translation>
        </message>
        <message>
            <source>{0}: truncated IDX file</source>
            <translation>{0}: 잘린 IDX 파일입니다</translation>
        </message>
        <message>
            <source>{0}: truncated IDX file (expected shape {1})</source>
            <translation>{0}: 잘린 IDX 파일입니다(예상한 모양 {1})</translation>
        </message>
        <message>
            <source>{0} (its header declares shape {1})</source>
            <translation>{0}(헤더에 적힌 모양 {1})</translation>
        </message>
        <message>
            <source>{0}: the IDX files (train-images-idx3-ubyte ...) are not {1}; {2}</source>
            <translation>{0}: IDX 파일(train-images-idx3-ubyte ...)이 {1}에 없습니다. {2}</translation>
        </message>
        <message>
            <source>in {0}</source>
            <translation>{0}</translation>
        </message>
        <message>
            <source>on this machine</source>
            <translation>이 컴퓨터</translation>
        </message>
        <message>
            <source>not found on this machine: {0}</source>
            <translation>이 컴퓨터에서 찾을 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>put the four MNIST IDX files in a folder and give it as {{"name": "mnist", "path": "FOLDER"}}</source>
            <translation>MNIST IDX 파일 네 개를 한 폴더에 넣고 {{"name": "mnist", "path": "FOLDER"}}처럼 지정하세요</translation>
        </message>
        <message>
            <source>install Debian's package dataset-fashion-mnist (apt-get install dataset-fashion-mnist), or give a folder with the IDX files as {{"name": "fashion_mnist", "path": "FOLDER"}}</source>
            <translation>Debian 패키지 dataset-fashion-mnist를 설치하거나(apt-get install dataset-fashion-mnist), IDX 파일이 든 폴더를 {{"name": "fashion_mnist", "path": "FOLDER"}}처럼 지정하세요</translation>
        </message>
        <message>
            <source>{0}: {1:d} {2} images but {3:d} labels</source>
            <translation>{0}: {2} 이미지는 {1:d}개인데 레이블은 {3:d}개입니다</translation>
        </message>
        <message>
            <source>{0}: cannot be read as text ({1})</source>
            <translation>{0}: 텍스트로 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>{0}: the file is empty</source>
            <translation>{0}: 빈 파일입니다</translation>
        </message>
        <message>
            <source>{0}: the first row must name every column once; got {1}</source>
            <translation>{0}: 첫 줄에는 모든 열의 이름이 한 번씩 있어야 하는데 {1}입니다</translation>
        </message>
        <message>
            <source>{0}: the columns {1} the network was trained on are missing</source>
            <translation>{0}: 신경망을 학습시킬 때 쓴 열 {1}이(가) 없습니다</translation>
        </message>
        <message>
            <source>{0}: column {1!r}: {2}</source>
            <translation>{0}: 열 {1!r}: {2}</translation>
        </message>
        <message>
            <source>{0}: task must be auto, classification or regression, got {1!r}</source>
            <translation>{0}: task는 auto, classification, regression 중 하나여야 하는데 {1!r}입니다</translation>
        </message>
        <message>
            <source>{0}: no column number {1:d} (it has {2:d})</source>
            <translation>{0}: {1:d}번 열이 없습니다(열은 {2:d}개입니다)</translation>
        </message>
        <message>
            <source>{0}: no column {1!r}; the columns are {2}</source>
            <translation>{0}: {1!r} 열이 없습니다. 열: {2}</translation>
        </message>
        <message>
            <source>{0}: {1:d} bad row(s): {2}. Fix them, or set "skip_bad_rows": true to leave them out</source>
            <translation>{0}: 잘못된 행 {1:d}개: {2}. 고치거나, "skip_bad_rows": true로 설정해 빼세요</translation>
        </message>
        <message>
            <source>left out {0:d} bad row(s) of {1}: {2}</source>
            <translation>{1}의 잘못된 행 {0:d}개를 뺐습니다: {2}</translation>
        </message>
        <message>
            <source>{0} (and {1:d} more)</source>
            <translation>{0} (외 {1:d}개)</translation>
        </message>
        <message>
            <source>{0:d} fields, expected {1:d}</source>
            <translation>값이 {0:d}개인데 {1:d}개여야 합니다</translation>
        </message>
        <message>
            <source>missing value in {0!r}</source>
            <translation>{0!r}에 값이 없습니다</translation>
        </message>
        <message>
            <source>{0!r} in the numeric column {1!r}</source>
            <translation>숫자 열 {1!r}에 {0!r}이(가) 있습니다</translation>
        </message>
        <message>
            <source>{0}: no usable rows</source>
            <translation>{0}: 쓸 수 있는 행이 없습니다</translation>
        </message>
        <message>
            <source>{0}: the target {1!r} holds text, so it cannot be a regression target</source>
            <translation>{0}: 타깃 {1!r}에 텍스트가 들어 있어 회귀 타깃이 될 수 없습니다</translation>
        </message>
        <message>
            <source>{0}: class targets must be whole numbers from 0</source>
            <translation>{0}: 클래스 타깃은 0부터 시작하는 정수여야 합니다</translation>
        </message>
        <message>
            <source>{0}: not a readable .npz file ({1})</source>
            <translation>{0}: 읽을 수 있는 .npz 파일이 아닙니다({1})</translation>
        </message>
        <message>
            <source>{0}: needs arrays named x and y; it has {1}</source>
            <translation>{0}: 이름이 x와 y인 배열이 있어야 하는데 {1}만 있습니다</translation>
        </message>
        <message>
            <source>{0}: needs arrays named x and y; it has none</source>
            <translation>{0}: 이름이 x와 y인 배열이 있어야 하는데 배열이 하나도 없습니다</translation>
        </message>
        <message>
            <source>{0}: x and y must hold numbers</source>
            <translation>{0}: x와 y에는 숫자가 들어 있어야 합니다</translation>
        </message>
        <message>
            <source>{0}: x has {1:d} samples but y has {2:d}</source>
            <translation>{0}: x의 샘플은 {1:d}개인데 y는 {2:d}개입니다</translation>
        </message>
        <message>
            <source>{0} must be at least 0 and less than 1, got {1}</source>
            <translation>{0}은(는) 0 이상 1 미만이어야 하는데 {1}입니다</translation>
        </message>
        <message>
            <source>validation_split + test_split must leave data to train on; they add up to {0:g}</source>
            <translation>validation_split + test_split을 빼고도 학습할 데이터가 남아야 하는데 합이 {0:g}입니다</translation>
        </message>
        <message>
            <source>the splits leave no samples to train on ({0:d} samples in all)</source>
            <translation>나누고 나면 학습할 샘플이 남지 않습니다(전체 샘플 {0:d}개)</translation>
        </message>
        <message>
            <source>{0} gives samples of shape {1} ({2:d} values), but the Input '{3}' expects {4} ({5:d} values); set the Input's shape to {1}</source>
            <translation>{0}의 샘플 모양은 {1}(값 {2:d}개)인데 Input '{3}'은(는) {4}(값 {5:d}개)를 받습니다. Input의 모양을 {1}(으)로 설정하세요</translation>
        </message>
        <message>
            <source>the dataset {0!r}</source>
            <translation>데이터셋 {0!r}</translation>
        </message>
        <message>
            <source>the test set of {0!r}</source>
            <translation>{0!r}의 테스트 세트</translation>
        </message>
        <message>
            <source>{0}: the network has no dataset; add one like "dataset": {{"name": "xor"}}</source>
            <translation>{0}: 신경망에 데이터셋이 없습니다. "dataset": {{"name": "xor"}}처럼 추가하세요</translation>
        </message>
        <message>
            <source>the loss {0} is for classes, but {1} is a regression dataset; use mse, mae, huber or gaussian_nll</source>
            <translation>손실 함수 {0}은(는) 분류용인데 {1}은(는) 회귀 데이터셋입니다. mse, mae, huber, gaussian_nll 중 하나를 쓰세요</translation>
        </message>
        <message>
            <source>{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); with the loss {4}, give it {5:d}</source>
            <translation>{0}의 클래스는 {1:d}개인데 출력층 '{2}'의 유닛은 {3:d}개입니다. 손실 함수 {4}을(를) 쓰려면 유닛을 {5:d}개로 하세요</translation>
        </message>
        <message>
            <source>{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); binary_crossentropy needs 1 unit for two classes or one per class ({1:d})</source>
            <translation>{0}의 클래스는 {1:d}개인데 출력층 '{2}'의 유닛은 {3:d}개입니다. binary_crossentropy에는 클래스가 둘이면 유닛 1개, 아니면 클래스마다 하나({1:d}개)가 필요합니다</translation>
        </message>
        <message>
            <source>{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); set its units to {1:d}</source>
            <translation>{0}의 클래스는 {1:d}개인데 출력층 '{2}'의 유닛은 {3:d}개입니다. 유닛을 {1:d}개로 하세요</translation>
        </message>
        <message>
            <source>{0} has {1:d} classes, but the output layer '{2}' has {3:d} unit(s); set its units to {1:d} (or 1 unit with binary_crossentropy)</source>
            <translation>{0}의 클래스는 {1:d}개인데 출력층 '{2}'의 유닛은 {3:d}개입니다. 유닛을 {1:d}개로 하세요(binary_crossentropy라면 1개)</translation>
        </message>
        <message>
            <source>{0} has {1:d} target value(s) per sample, but the output layer '{2}' gives {3}; make it {1:d} unit(s)</source>
            <translation>{0}의 샘플당 타깃 값은 {1:d}개인데 출력층 '{2}'은(는) {3}을(를) 출력합니다. 유닛을 {1:d}개로 하세요</translation>
        </message>
        <message>
            <source>{0} has {1:d} target value(s) per sample, but the output layer '{2}' gives {3}; make it {1:d} unit(s) (or {4:d} with gaussian_nll: means and log-variances)</source>
            <translation>{0}의 샘플당 타깃 값은 {1:d}개인데 출력층 '{2}'은(는) {3}을(를) 출력합니다. 유닛을 {1:d}개로 하세요(gaussian_nll이라면 평균과 로그 분산으로 {4:d}개)</translation>
        </message>
        <message>
            <source>training needs one Input and one output layer; this network has {0:d} Input(s) and {1:d} output(s) ({2})</source>
            <translation>학습에는 Input 하나와 출력층 하나가 필요한데 이 신경망에는 Input이 {0:d}개, 출력이 {1:d}개({2}) 있습니다</translation>
        </message>
        <message>
            <source>the network cannot be exported until its problems are fixed: {0}</source>
            <translation>문제를 고치기 전에는 신경망을 내보낼 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>ONNX export needs the packages onnx and onnxscript ({0} is missing): pip install onnx onnxscript onnxruntime</source>
            <translation>ONNX로 내보내려면 onnx와 onnxscript 패키지가 필요합니다({0}이(가) 없습니다): pip install onnx onnxscript onnxruntime</translation>
        </message>
        <message>
            <source>ONNX export failed: {0}</source>
            <translation>ONNX로 내보내지 못했습니다: {0}</translation>
        </message>
        <message>
            <source>TorchScript export failed: {0}</source>
            <translation>TorchScript로 내보내지 못했습니다: {0}</translation>
        </message>
        <message>
            <source>cannot export to Keras: {0}</source>
            <translation>Keras로 내보낼 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>layer '{0}': Keras has no layer for {1}</source>
            <translation>층 '{0}': Keras에는 {1}에 해당하는 층이 없습니다</translation>
        </message>
        <message>
            <source>layer '{0}': Keras has no activation {1}</source>
            <translation>층 '{0}': Keras에는 활성화 함수 {1}이(가) 없습니다</translation>
        </message>
        <message>
            <source>layer '{0}': Keras has no activation {1} with options</source>
            <translation>층 '{0}': Keras에는 옵션이 있는 활성화 함수 {1}이(가) 없습니다</translation>
        </message>
        <message>
            <source>layer '{0}': Keras' Identity initializer fills matrices only, not convolution kernels; choose another initializer</source>
            <translation>층 '{0}': Keras의 Identity 초기화는 행렬만 채우고 합성곱 커널은 채우지 못합니다. 다른 초기화 방법을 고르세요</translation>
        </message>
        <message>
            <source>Keras has no loss {0}</source>
            <translation>Keras에는 손실 함수 {0}이(가) 없습니다</translation>
        </message>
        <message>
            <source>cannot choose the loss from the dataset ({0}); set the training loss</source>
            <translation>데이터셋으로 손실 함수를 정할 수 없습니다({0}). 학습 설정에서 손실 함수를 정하세요</translation>
        </message>
        <message>
            <source>the weights have no '{0}.{1}'</source>
            <translation>가중치에 '{0}.{1}'이(가) 없습니다</translation>
        </message>
        <message>
            <source>{0}: no such sweep journal</source>
            <translation>{0}: 그런 스윕 저널이 없습니다</translation>
        </message>
        <message>
            <source>{0}: is a folder, not a sweep journal</source>
            <translation>{0}: 스윕 저널이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>{0}: cannot be read as a sweep journal ({1})</source>
            <translation>{0}: 스윕 저널로 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>{0}: this storage needs {1} ({2})</source>
            <translation>{0}: 이 저장소에는 {1}이(가) 필요합니다({2})</translation>
        </message>
        <message>
            <source>{0}: cannot open the database ({1})</source>
            <translation>{0}: 데이터베이스를 열 수 없습니다({1})</translation>
        </message>
        <message>
            <source>{0}: cannot list its studies ({1})</source>
            <translation>{0}: 스터디 목록을 읽을 수 없습니다({1})</translation>
        </message>
        <message>
            <source>{0}: cannot read the study {1!r} ({2})</source>
            <translation>{0}: 스터디 {1!r}을(를) 읽을 수 없습니다({2})</translation>
        </message>
        <message>
            <source>{0} holds no sweep yet</source>
            <translation>{0}에는 아직 스윕이 없습니다</translation>
        </message>
        <message>
            <source>{0} holds several sweeps ({1}); choose one</source>
            <translation>{0}에 스윕이 여러 개 있습니다({1}). 하나를 고르세요</translation>
        </message>
        <message>
            <source>{0} has no study {1!r}; studies: {2}</source>
            <translation>{0}에 스터디 {1!r}이(가) 없습니다. 있는 스터디: {2}</translation>
        </message>
        <message>
            <source>its worker (process {0}) ended without finishing it</source>
            <translation>작업자(프로세스 {0})가 이 시행을 끝내지 못하고 종료되었습니다</translation>
        </message>
        <message>
            <source>its worker was interrupted</source>
            <translation>작업자가 중단되었습니다</translation>
        </message>
        <message>
            <source>its worker stopped beating its heartbeat (killed, or its machine lost)</source>
            <translation>작업자가 보내던 신호(heartbeat)가 끊겼습니다(강제 종료되었거나 그 컴퓨터와의 연결이 끊김)</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>찾는 위치(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>파일 형식(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
    </context>
</TS>
