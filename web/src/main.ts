/** The explorer's entry: the shell and its views; the diagram layout loads on demand. */
import './components/app';
