from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', Integer, primary_key=True),
    Column('body', Text, nullable=False, comment='The text; may contain %s and {braces}'),
    Column('class', Text, comment='Python keyword as column'),
    PrimaryKeyConstraint('id', name='notes_pkey'),
    comment='Notes with \'quotes\', "double quotes", a backslash \\ and\na newline'
)
