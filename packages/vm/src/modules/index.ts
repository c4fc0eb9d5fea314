// Every native module registers itself when imported here.
import './registry';
import './math';
