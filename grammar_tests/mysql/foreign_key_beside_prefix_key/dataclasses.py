from sqlalchemy import ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class CodeList(Base):
    __tablename__ = 'code_list'

    code: Mapped[str] = mapped_column(String(50), primary_key=True)

    entry: Mapped[list['Entry']] = relationship('Entry', back_populates='code_list')
    later: Mapped[list['Later']] = relationship('Later', back_populates='code_list')
    whole: Mapped[list['Whole']] = relationship('Whole', back_populates='code_list')


class Entry(Base):
    __tablename__ = 'entry'
    __table_args__ = (
        ForeignKeyConstraint(['code'], ['code_list.code'], name='entry_ibfk_1'),
        Index('code', 'code'),
        Index('code_start', 'code', mysql_length={'code': 10})
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)

    code_list: Mapped['CodeList'] = relationship('CodeList', back_populates='entry')


class Later(Base):
    __tablename__ = 'later'
    __table_args__ = (
        ForeignKeyConstraint(['code'], ['code_list.code'], name='later_ibfk_1'),
        Index('code', 'code'),
        Index('code_head', 'code', mysql_length={'code': 5})
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)

    code_list: Mapped['CodeList'] = relationship('CodeList', back_populates='later')


class Whole(Base):
    __tablename__ = 'whole'
    __table_args__ = (
        ForeignKeyConstraint(['code'], ['code_list.code'], name='whole_ibfk_1'),
        Index('code_all', 'code')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    code: Mapped[str] = mapped_column(String(50), nullable=False)

    code_list: Mapped['CodeList'] = relationship('CodeList', back_populates='whole')
