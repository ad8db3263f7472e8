from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, String
from sqlmodel import Field, Relationship, SQLModel

class Language(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='language_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    code: str = Field(sa_column=Column('code', String(3), nullable=False))

    user_language: list['UserLanguage'] = Relationship(back_populates='language')


class UserLanguage(SQLModel, table=True):
    __tablename__ = 'user_language'
    __table_args__ = (
        ForeignKeyConstraint(['language_id'], ['language.id'], name='user_language_language_id_fkey'),
        PrimaryKeyConstraint('user_id', 'language_id', name='user_language_pkey')
    )

    user_id: int = Field(sa_column=Column('user_id', Integer, primary_key=True))
    language_id: int = Field(sa_column=Column('language_id', Integer, primary_key=True))

    language: 'Language' = Relationship(back_populates='user_language')
