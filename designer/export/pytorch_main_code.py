"""The command line of the exported PyTorch script: build and seed the model as the app does,
load weights, train or evaluate, predict, save."""
from __future__ import annotations

PREDICT = '''

def predict(model, inputs, outputs):
    """Write the outputs (evaluation mode) for the samples in the .npy file `inputs`."""
    x = torch.as_tensor(np.load(inputs).astype(np.float32))
    model.eval()
    with torch.no_grad():
        y = model(x.reshape(len(x), *INPUT_SHAPE))
    np.save(outputs, y.numpy())
'''


def main_code(plan, cls: str) -> str:
    dropout = ""
    if plan.dense_engine and plan.has_dropout:
        dropout = ("\n    # Dropout masks: the app's engine for chains of Dense layers draws them "
                   "from a\n    # generator of its own, seeded seed + 2.\n"
                   "    torch.manual_seed(args.seed + 2)")
    return f'''{PREDICT}

def report(model, data):
    """The metrics of every split, in evaluation mode."""
    for split in ("train", "validation", "test"):
        if data[split] is not None:
            result = evaluate(model, *data[split])
            print(split + ": " + "  ".join(f"{{k}} {{v:.6g}}" for k, v in result.items()
                                           if v is not None))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights_file", nargs="?", help="the same as --weights")
    parser.add_argument("--weights", metavar="W.safetensors", help="start from these weights")
    parser.add_argument("--epochs", type=int, help=f"epochs to train (default {{EPOCHS}}; "
                        "0 with --weights: evaluate them)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"default {{SEED}}")
    parser.add_argument("--save", metavar="OUT.safetensors", help="write the weights at the end")
    parser.add_argument("--save-data", metavar="DATA.npz", help="write the prepared splits")
    parser.add_argument("--predict", nargs=2, metavar=("X.npy", "Y.npy"),
                        help="write the outputs for the inputs X")
    args = parser.parse_args(argv)
    weights = args.weights or args.weights_file

    # As the app: torch's generator is seeded before the model is built (building draws
    # torch's default initialization, which init_weights replaces).
    torch.manual_seed(args.seed)
    model = {cls}()
    init_weights(model, args.seed){dropout}
    # As the app: one CPU thread when a step is small (faster, and the same rounding).
    parameters = sum(p.numel() for p in model.parameters())
    torch.set_num_threads(1 if 6 * parameters * BATCH_SIZE < 5e6 else os.cpu_count() or 1)
    if weights:
        model.load_weights(weights)
        print(f"loaded {{weights}}")
    if args.predict:
        return predict(model, *args.predict)

    data = make_data(args.seed)
    if args.save_data:
        np.savez(args.save_data, **{{f"{{kind}}_{{split}}": t.numpy()
                                    for split, pair in data.items() if pair is not None
                                    for kind, t in zip("xy", pair)}})
    epochs = args.epochs if args.epochs is not None else (0 if weights else EPOCHS)
    if epochs > 0:
        train(model, data, epochs, args.seed)
        if data["test"] is not None:
            result = evaluate(model, *data["test"])
            print("test: " + "  ".join(f"{{k}} {{v:.6g}}" for k, v in result.items()
                                       if v is not None))
    else:
        with torch.no_grad():
            model.eval()
            shape = tuple(model(torch.zeros(1, *INPUT_SHAPE)).shape)
        print(f"output shape: {{shape}}")
        report(model, data)
    if args.save:
        write_safetensors(model.layer_state(), args.save)
        print(f"saved the weights to {{args.save}}")


if __name__ == "__main__":
    main()
'''


def model_only_main_code(cls: str, shapes: dict) -> str:
    """For a network the script cannot train: show it, load weights, predict (one Input)."""
    example = ", ".join(f"torch.randn(1, *{list(s)})" for s in shapes.values())
    single = len(shapes) == 1
    option = '''
    parser.add_argument("--predict", nargs=2, metavar=("X.npy", "Y.npy"),
                        help="write the outputs for the inputs X")''' if single else ""
    run = '''
    if args.predict:
        return predict(model, *args.predict)''' if single else ""
    return f'''{PREDICT if single else ""}

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights", nargs="?", help="trained weights (.safetensors)"){option}
    args = parser.parse_args(argv)
    model = init_weights({cls}(), SEED)
    if args.weights:
        model.load_weights(args.weights){run}
    model.eval()
    with torch.no_grad():
        out = model({example})
    print(model)
    print("output shape:", tuple(out.shape) if torch.is_tensor(out) else [o.shape for o in out])


if __name__ == "__main__":
    main()
'''
