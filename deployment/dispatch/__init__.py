"""The life of a dispatch (pengiriman) and its papers: from a draft to goods handed over and back.

``lifecycle`` the table of steps (who may take each, from which states, into which state) that
everything below reads; ``models`` the tables; ``records`` what the rest of the program reads, and
``take_step``; ``service`` the steps of a dispatch; ``returns`` goods coming back; ``kits`` templates
of lines; ``documents`` and ``pdfs`` the Surat Jalan, BAST and SPT; ``cli`` the commands; ``demo``
the demo dispatches.
"""
