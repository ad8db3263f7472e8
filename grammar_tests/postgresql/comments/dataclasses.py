from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
        {'comment': 'Notes with \'quotes\', "double quotes", a backslash \\ and\n'
                'a newline'}
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text, nullable=False, comment='The text; may contain %s and {braces}')
    class_: Mapped[Optional[str]] = mapped_column('class', Text, comment='Python keyword as column')
