"""Why the network cannot be written as ONNX, TorchScript or Keras code (designer/export/*)."""

HAS_PROBLEMS = "the network cannot be exported until its problems are fixed: {0}"
ONNX_PACKAGES = ("ONNX export needs the packages onnx and onnxscript ({0} is missing): pip "
                 "install onnx onnxscript onnxruntime")
ONNX_FAILED = "ONNX export failed: {0}"
TORCHSCRIPT_FAILED = "TorchScript export failed: {0}"
CANNOT_EXPORT_KERAS = "cannot export to Keras: {0}"
NO_KERAS_LAYER = "layer '{0}': Keras has no layer for {1}"
NO_KERAS_ACTIVATION = "layer '{0}': Keras has no activation {1}"
NO_KERAS_ACTIVATION_OPTIONS = "layer '{0}': Keras has no activation {1} with options"
IDENTITY_KERNEL = ("layer '{0}': Keras' Identity initializer fills matrices only, not convolution "
                   "kernels; choose another initializer")
NO_KERAS_LOSS = "Keras has no loss {0}"
LOSS_FROM_DATASET = "cannot choose the loss from the dataset ({0}); set the training loss"
NO_WEIGHT = "the weights have no '{0}.{1}'"
